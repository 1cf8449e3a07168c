/**
 * safeNext returns where to go after signing in: the given path when it
 * is a path of this site (never another origin, so a crafted link cannot
 * send someone elsewhere), else the admin console.
 */
export function safeNext(next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return '/admin/';
}
