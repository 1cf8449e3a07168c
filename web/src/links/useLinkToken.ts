import { useState } from 'react';

/**
 * useLinkToken reads the token of a mail link (?token=...) once and takes
 * it out of the address bar, so it stays out of the browser history and
 * of anything the page is shared or bookmarked as.
 */
export function useLinkToken(): string {
  const [token] = useState(() => {
    const url = new URL(window.location.href);
    const t = url.searchParams.get('token') ?? '';
    if (t) {
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
    return t;
  });
  return token;
}
