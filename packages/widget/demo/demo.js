// The demo page's own script (no inline script: the page runs under a strict Content-Security-Policy).
// `?lang=zh-CN` shows the page and the widget in Chinese, as a partner site in that language would.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  for (const widget of document.querySelectorAll('mm-booking')) widget.setAttribute('locale', lang);
}
