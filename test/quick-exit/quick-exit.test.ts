import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import '../../src/components/quick-exit/define.js';
import { leave } from '../../src/components/quick-exit/leave.js';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { ShiftSequence } from '../../src/components/quick-exit/shift-sequence.js';
import { STORAGE_PREFIX } from '../../src/feed/store.js';
import { liveRegion } from '../helpers/mount.js';

/** Replaces the real navigation for one test and records where the page would have gone. */
function watchLeaving(): { urls: string[]; restore: () => void } {
  const urls: string[] = [];
  const original = leave.replace;
  leave.replace = (url: string) => void urls.push(url);
  return { urls, restore: () => (leave.replace = original) };
}

function resetPage(): void {
  document.documentElement.style.removeProperty('visibility');
}

function quickExit(attributes = ''): Promise<QuickExit> {
  return fixture<QuickExit>(`<ero-quick-exit ${attributes}></ero-quick-exit>`);
}

const button = (el: QuickExit) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
/** What the page's polite live region says. */
const status = (el: QuickExit) => liveRegion(el);

describe('ShiftSequence', () => {
  it('counts Shift presses within five seconds and ignores held-down repeats', () => {
    const s = new ShiftSequence();
    expect(s.keydown('Shift', false, 0)).to.equal(1);
    expect(s.keydown('Shift', true, 100)).to.equal(1);
    expect(s.keydown('Shift', false, 1000)).to.equal(2);
    expect(s.keydown('Shift', false, 6500)).to.equal(1);
  });

  it('starts over when another key is pressed, so typing capitals never exits', () => {
    const s = new ShiftSequence();
    s.keydown('Shift', false, 0);
    s.keydown('Shift', false, 10);
    expect(s.keydown('H', false, 20)).to.equal(0);
    expect(s.keydown('Shift', false, 30)).to.equal(1);
  });
});

describe('<ero-quick-exit>', () => {
  afterEach(resetPage);

  it('is a link to the neutral site that leaves frames, so it works even before script runs', async () => {
    const el = await quickExit('exit-url="https://yle.fi/saa"');
    expect(button(el).getAttribute('href')).to.equal('https://yle.fi/saa');
    expect(button(el).getAttribute('target')).to.equal('_top');
    expect(button(el).textContent).to.equal('Poistu sivulta nopeasti');
  });

  it('refuses a non-http exit URL and uses the neutral default', async () => {
    const el = await quickExit('exit-url="javascript:alert(1)"');
    expect(button(el).getAttribute('href')).to.equal('https://www.ilmatieteenlaitos.fi/');
  });

  it('on click hides the page at once, forgets stored feeds and replaces the location', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}https://example.org/feed.json`, '{}');
    localStorage.setItem('someone-elses-key', 'kept');
    const watch = watchLeaving();
    try {
      const el = await quickExit('exit-url="https://yle.fi/saa"');
      button(el).click();
      expect(getComputedStyle(document.documentElement).visibility).to.equal('hidden');
      expect(watch.urls).to.deep.equal(['https://yle.fi/saa']);
      expect(Object.keys(localStorage)).to.deep.equal(['someone-elses-key']);
      await el.updateComplete;
      expect(status(el)).to.equal('Poistutaan sivulta.');
    } finally {
      watch.restore();
      localStorage.clear();
    }
  });

  it('leaves after Shift is pressed three times, announcing each press', async () => {
    const watch = watchLeaving();
    try {
      const el = await quickExit();
      button(el).focus();
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(status(el)).to.equal('Vaihtonäppäintä painettu 1 kerran. Paina vielä 2 kertaa poistuaksesi sivulta.');
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(status(el)).to.contain('painettu 2 kertaa');
      expect(watch.urls).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(watch.urls).to.deep.equal(['https://www.ilmatieteenlaitos.fi/']);
    } finally {
      watch.restore();
    }
  });

  it('does not leave while someone types capital letters', async () => {
    const watch = watchLeaving();
    try {
      await quickExit();
      const input = document.createElement('input');
      document.body.append(input);
      input.focus();
      await sendKeys({ type: 'Hei Hanna Ja Olli' });
      input.remove();
      expect(watch.urls).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('lets the host site take over by cancelling ero-quick-exit', async () => {
    const watch = watchLeaving();
    try {
      const el = await quickExit();
      el.addEventListener('ero-quick-exit', (e) => e.preventDefault());
      button(el).click();
      expect(watch.urls).to.deep.equal([]);
      expect(getComputedStyle(document.documentElement).visibility).to.equal('visible');
    } finally {
      watch.restore();
    }
  });

  it('shows the page again and resets when it comes back from the back-forward cache', async () => {
    const watch = watchLeaving();
    try {
      const el = await quickExit();
      button(el).click();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(getComputedStyle(document.documentElement).visibility).to.equal('visible');
      expect(el.shadowRoot!.querySelector('.overlay')).to.equal(null);
      expect(status(el)).to.equal('');
    } finally {
      watch.restore();
    }
  });

  it('offers advice on private browsing in each language, or links to the site\'s own', async () => {
    const sv = await quickExit('lang="sv"');
    expect(sv.shadowRoot!.querySelector('summary')!.textContent).to.equal('Så surfar du tryggare');
    expect(button(sv).textContent).to.equal('Lämna sidan snabbt');
    const en = await quickExit('lang="en" advice-url="/turvallisuus"');
    const link = en.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="advice"]')!;
    expect(link.textContent).to.equal('Advice on browsing more safely');
    expect(link.href).to.equal(`${location.origin}/turvallisuus`);
  });

  it('passes axe, with the advice open too', async () => {
    const el = await quickExit();
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await quickExit();
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<ero-quick-exit> leaving for real', () => {
  it('replaces the whole window, frame included, without adding a Back step', async () => {
    const popup = window.open('/test/fixtures/quick-exit/outer.html', '_blank', 'popup')!;
    try {
      const exit = await waitFor(() => {
        const frame = popup.document?.getElementById('frame') as HTMLIFrameElement | null;
        const el = frame?.contentDocument?.querySelector('ero-quick-exit') as QuickExit | null;
        return el?.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="button"]') ?? undefined;
      });
      const steps = popup.history.length;
      exit.click();
      await waitFor(() =>
        popup.location.pathname.endsWith('/neutral.html') && popup.document.readyState === 'complete' ? true : undefined,
      );
      expect(popup.document.title).to.equal('Sää');
      expect(popup.history.length).to.equal(steps);
    } finally {
      popup.close();
    }
  });
});

async function waitFor<T>(probe: () => T | undefined, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      const value = probe();
      if (value !== undefined) return value;
    } catch {
      // The window is between documents; look again.
    }
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
