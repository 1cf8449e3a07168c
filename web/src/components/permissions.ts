/** Every permission with its meaning, in the API's order (the Permission enum). */
export const permissions: { value: string; label: string }[] = [
  { value: 'USERS_READ', label: 'users:read — list and open users' },
  { value: 'USERS_WRITE', label: 'users:write — create and edit users' },
  { value: 'USERS_INVITE', label: 'users:invite — invite users' },
  { value: 'USERS_LOCK', label: 'users:lock — lock and unlock users' },
  { value: 'USERS_DELETE', label: 'users:delete — delete users' },
  { value: 'USERS_EMAIL', label: 'users:email — send users an email' },
  { value: 'USERS_EXPORT', label: 'users:export — export all personal data of users' },
  { value: 'ROLES_MANAGE', label: 'roles:manage — manage custom roles' },
  { value: 'CUSTOMERS_MANAGE', label: 'customers:manage — manage customers' },
  { value: 'AUDIT_READ', label: 'audit:read — read the change history' },
  { value: 'WEBHOOKS_MANAGE', label: 'webhooks:manage — manage webhooks' },
  { value: 'SETTINGS_MANAGE', label: 'settings:manage — change settings, attributes and the mail outbox' },
  { value: 'APIKEYS_MANAGE', label: 'apikeys:manage — manage API keys' },
];

/** permissionName writes USERS_READ as users:read. */
export function permissionName(p: string): string {
  const i = p.indexOf('_');
  return i < 0 ? p.toLowerCase() : `${p.slice(0, i).toLowerCase()}:${p.slice(i + 1).toLowerCase()}`;
}
