// Puppeteer drives Debian's Firefox ESR in the browser tests; its own browser download fails on
// these machines (no browser host online), so it never downloads one.
module.exports = { skipDownload: true, chrome: { skipDownload: true }, firefox: { skipDownload: true } };
