// While a page shows a running background job (an element with data-refresh), its main content
// is fetched again every two seconds and swapped in place, so the progress and then the result
// appear without a click and without reloading the page: focus, scroll position and the screen
// reader's place are kept (WCAG 2.2.1). Without scripts the page says to reload it.
const main = document.querySelector('main');

async function update() {
  try {
    const response = await fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const content = next.querySelector('main');
    if (!content) return;
    main.replaceChildren(...content.childNodes);  // scripts parsed this way stay inert
    document.title = next.title;
  } catch {
    // The server is busy or restarting: try again at the next tick.
  } finally {
    if (document.querySelector('[data-refresh]')) setTimeout(update, 2000);
  }
}

if (main && document.querySelector('[data-refresh]')) setTimeout(update, 2000);
