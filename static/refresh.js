// Reloads a page that shows a running background job (an element with data-refresh) every
// two seconds, so its progress and then its result appear without a click.
if (document.querySelector('[data-refresh]')) {
  setTimeout(() => window.location.reload(), 2000);
}
