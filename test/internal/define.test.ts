import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';

describe('defineElement', () => {
  it('defines a tag once and ignores a second definition of the same version quietly', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('ero-test-define-a', First);
      Object.defineProperty(Second, 'kitVersion', { value: VERSION });
      expect(() => defineElement('ero-test-define-a', Second)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('ero-test-define-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('warns, without throwing, when another version already holds the tag', () => {
    class Old extends HTMLElement {}
    customElements.define('ero-test-define-b', Old);
    Object.defineProperty(Old, 'kitVersion', { value: '0.0.1' });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => defineElement('ero-test-define-b', class extends LitElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warnings[0]).to.contain('already defined by version 0.0.1');
  });

  it('keeps VERSION in step with package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
