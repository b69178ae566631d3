// The demo pages' language switch. The components follow their `lang` attribute, so the switch
// sets it on every ero- element of the page; the page's own text stays Finnish, as a Finnish site
// with Swedish and English widgets would. The choice travels in the address (?lang=sv) to the
// demo's other pages; nothing is stored.
const LANGS = ['fi', 'sv', 'en'];

function kitElements() {
  return [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ero-'));
}

function apply(lang) {
  for (const el of kitElements()) el.setAttribute('lang', lang);
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const link of document.querySelectorAll('a[href]')) {
    const url = new URL(link.href);
    if (url.origin !== location.origin || !url.pathname.startsWith('/demo/') || url.pathname.includes('/feeds/')) continue;
    if (lang === 'fi') url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    link.href = url.href;
  }
}

const fromAddress = new URLSearchParams(location.search).get('lang');
if (LANGS.includes(fromAddress)) apply(fromAddress);

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    apply(lang);
    const url = new URL(location.href);
    if (lang === 'fi') url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  });
}
