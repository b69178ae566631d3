// The embed configurator's pure modules: which attributes a configuration becomes, and the
// snippet text a webmaster pastes (escaping, integrity, colours, the fallback link).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributesFor, fallbackFor, tokensFor } from '../../demo/configurator/options.js';
import { contrastRatio, embedSnippet, styleBlockText, themeStylesheet } from '../../demo/configurator/snippet.js';

describe('configurator: attributesFor', () => {
  it('leaves out empty values and the component\'s own defaults', () => {
    const attributes = attributesFor('ero-event-calendar', {
      src: '/feed.json',
      municipality: '',
      view: 'list',
      'page-size': '20',
      'heading-level': '2',
      'target-group': ['child', 'parent'],
      'hide-filters': true,
      cache: 'local',
    });
    assert.deepEqual(attributes, [
      ['src', '/feed.json'],
      ['target-group', 'child parent'],
      ['hide-filters', true],
      ['heading-level', '2'],
    ]);
  });

  it('names a control by the component\'s attribute (organisation → organizer for the calendar)', () => {
    assert.deepEqual(attributesFor('ero-event-calendar', { organization: ['viola'] }), [['organizer', 'viola']]);
    assert.deepEqual(attributesFor('ero-project-list', { organization: ['viola'] }), [['organization', 'viola']]);
  });

  it('ignores controls that do not apply to the component, and gives the quick exit no src', () => {
    assert.deepEqual(attributesFor('ero-quick-exit', { src: '/feed.json', municipality: '491', 'exit-url': 'https://yle.fi/' }), [
      ['exit-url', 'https://yle.fi/'],
    ]);
  });

  it('adds lang only when one is chosen', () => {
    assert.deepEqual(attributesFor('ero-contact-list', { src: 'f.json', lang: 'sv' }), [['src', 'f.json'], ['lang', 'sv']]);
    assert.deepEqual(attributesFor('ero-contact-list', { src: 'f.json', lang: '' }), [['src', 'f.json']]);
  });
});

describe('configurator: fallbackFor', () => {
  it('writes the fallback link in the chosen language, Finnish for the page\'s own', () => {
    assert.deepEqual(fallbackFor('ero-service-finder', { lang: 'sv' }), { href: '/eropalvelut', text: 'Tjänster vid skilsmässa' });
    assert.deepEqual(fallbackFor('ero-contact-list', { lang: 'en' }), { href: '/yhteystiedot', text: 'Contact details' });
    assert.deepEqual(fallbackFor('ero-contact-list', { lang: '' }), { href: '/yhteystiedot', text: 'Yhteystiedot' });
  });

  it('sends the quick exit\'s fallback link where the button goes', () => {
    assert.deepEqual(fallbackFor('ero-quick-exit', { 'exit-url': ' https://yle.fi/ ', lang: 'sv' }), { href: 'https://yle.fi/', text: 'Lämna sidan' });
    assert.deepEqual(fallbackFor('ero-quick-exit', { 'exit-url': '' }), { href: 'https://www.ilmatieteenlaitos.fi/', text: 'Poistu sivulta' });
  });
});

describe('configurator: tokensFor', () => {
  it('writes only the settings that differ from the kit\'s defaults', () => {
    assert.deepEqual(tokensFor('ero-contact-list', { 'color-primary': '#00567A', 'color-link': '#5b2a86', font: '', radius: '0' }), [
      ['--ero-color-link', '#5b2a86'],
      ['--ero-radius', '0'],
    ]);
  });

  it('gives the quick exit its own button colour instead of the brand colour', () => {
    assert.deepEqual(tokensFor('ero-quick-exit', { 'color-primary': '#5b2a86', 'exit-background': '#8a1c15' }), [
      ['--ero-quick-exit-background', '#8a1c15'],
    ]);
  });
});

describe('configurator: embedSnippet', () => {
  const base = { scriptUrl: '/k/0.1.0/eroauttaminen.js', tag: 'ero-contact-list', attributes: [['src', '/feed.json']] };

  it('puts integrity and crossorigin on the script tag when the hash is known', () => {
    const snippet = embedSnippet({ ...base, integrity: 'sha384-abc' });
    assert.ok(snippet.startsWith('<script type="module" src="/k/0.1.0/eroauttaminen.js"\n        integrity="sha384-abc" crossorigin="anonymous"></script>\n'));
  });

  it('keeps crossorigin without a hash', () => {
    assert.ok(embedSnippet(base).startsWith('<script type="module" src="/k/0.1.0/eroauttaminen.js" crossorigin="anonymous"></script>\n'));
  });

  it('escapes attribute values and the fallback text, so typed input cannot break out of the markup', () => {
    const snippet = embedSnippet({
      ...base,
      attributes: [['src', '/f.json?a=1&b="2"><script>']],
      fallback: { href: '/x"y', text: '<b>Yhteystiedot</b> & muut' },
    });
    assert.match(snippet, /src="\/f\.json\?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;"/);
    assert.match(snippet, /<a href="\/x&quot;y">&lt;b&gt;Yhteystiedot&lt;\/b&gt; &amp; muut<\/a>/);
    assert.equal(snippet.match(/<script/g).length, 1);
  });

  it('links the colours as a stylesheet by default: no inline style, so a strict CSP (style-src \'self\') allows it', () => {
    const tokens = [['--ero-color-primary', '#5b2a86']];
    const snippet = embedSnippet({ ...base, tokens, stylesheetUrl: '/eroauttaminen/teema.css' });
    assert.match(snippet, /<\/script>\n<link rel="stylesheet" href="\/eroauttaminen\/teema.css">\n<ero-contact-list src="\/feed.json">/);
    assert.doesNotMatch(snippet, /<style|style=/);
    assert.equal(themeStylesheet('ero-contact-list', tokens), '/* Colours and font of <ero-contact-list> (eroauttaminen-widgets) */\nero-contact-list {\n  --ero-color-primary: #5b2a86;\n}\n');
    assert.doesNotMatch(embedSnippet({ ...base, stylesheetUrl: '/eroauttaminen/teema.css' }), /<link/, 'no stylesheet without colours');
  });

  it('writes colours as a <style> block for the tag, or as a style attribute, when asked', () => {
    const tokens = [['--ero-color-primary', '#5b2a86']];
    const block = embedSnippet({ ...base, tokens, styleMode: 'block' });
    assert.match(block, /<style>\n {2}ero-contact-list \{\n {4}--ero-color-primary: #5b2a86;\n {2}\}\n<\/style>\n<ero-contact-list src/);
    assert.ok(block.includes(`<style>${styleBlockText('ero-contact-list', tokens)}</style>`), 'the text a CSP hash is taken of');
    assert.match(embedSnippet({ ...base, tokens, styleMode: 'attribute' }), /<ero-contact-list style="--ero-color-primary: #5b2a86" src="\/feed.json">/);
  });

  it('keeps each custom property one declaration, whatever the value holds', () => {
    const snippet = embedSnippet({ ...base, styleMode: 'block', tokens: [['--ero-font-family', 'Georgia; } body { display: none </style>']] });
    assert.match(snippet, /--ero-font-family: Georgia  body  display: none \/style;/);
    assert.equal(snippet.match(/<\/style>/g).length, 1);
  });

  it('writes boolean attributes bare and wraps a long start tag one attribute a line', () => {
    const snippet = embedSnippet({
      ...base,
      tag: 'ero-event-calendar',
      attributes: [['src', '/eroauttaminen/feed.json'], ['organizer', 'viola essote mll'], ['target-group', 'child parent close-ones'], ['hide-filters', true]],
    });
    assert.match(snippet, /<ero-event-calendar\n {4}src="\/eroauttaminen\/feed.json"\n {4}organizer="viola essote mll"\n {4}target-group="child parent close-ones"\n {4}hide-filters>\n<\/ero-event-calendar>/);
  });
});

describe('configurator: contrastRatio', () => {
  it('follows WCAG 2.1: black on white is 21:1, the kit\'s primary on white passes AA', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.ok(contrastRatio('#00567a', '#ffffff') >= 4.5);
    assert.ok(contrastRatio('#aaaaaa', '#ffffff') < 4.5);
  });
});
