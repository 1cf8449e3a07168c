// The token of the page's mail link, kept here once read: a page that
// suspends while loading renders anew, and by then the token is no longer
// in the address bar.
let captured = '';

/**
 * useLinkToken reads the token of a mail link (?token=...) and takes it
 * out of the address bar, so it stays out of the browser history and of
 * anything the page is shared or bookmarked as.
 */
export function useLinkToken(): string {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token) {
    captured = token;
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return captured;
}
