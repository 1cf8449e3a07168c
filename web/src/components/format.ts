// Formatting shared by the screens.

/** formatTime writes an RFC 3339 instant as YYYY-MM-DD HH:MM in the browser's time zone, or a dash. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** attempts writes a count of delivery attempts: "1 attempt", "3 attempts". */
export function attempts(n: number): string {
  return n === 1 ? '1 attempt' : `${n.toLocaleString()} attempts`;
}

/** displayName is "First Last", or the email when the user has no name. */
export function displayName(u: { firstName?: string | null; lastName?: string | null; email: string }): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ');
  return name || u.email;
}

/** Human labels of the UserStatus enum. */
export const statusLabels: Record<string, string> = {
  CONFIRMED: 'Confirmed',
  CONFIRMATION_PENDING: 'Confirmation pending',
  INVITED: 'Invited',
  ACCOUNT_DATA: 'Account data',
};

/** statusTone picks the badge colour of a status. */
export function statusTone(status: string, locked: boolean): string {
  if (locked) return 'badge danger';
  if (status === 'CONFIRMED') return 'badge ok';
  if (status === 'INVITED' || status === 'CONFIRMATION_PENDING') return 'badge warn';
  return 'badge';
}
