// The signed-in caller as the shell loaded it: who it is and what it may
// do. Screens and buttons ask `can(...)` and hide what the API would refuse.
import { createContext, useContext } from 'react';

/** A permission as the API names it (USERS_READ, ...). */
export type Permission = string;

/** The viewer as the console uses it. */
export interface ViewerInfo {
  userId: string;
  email: string;
  name: string;
  permissions: ReadonlySet<Permission>;
  restricted: boolean;
  customers: ReadonlyArray<{ id: string; name: string }>;
}

export const ViewerContext = createContext<ViewerInfo | null>(null);

/** useViewer returns the signed-in caller; only inside the shell. */
export function useViewer(): ViewerInfo {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside the signed-in shell');
  return v;
}

/** useCan reports whether the caller holds every one of the permissions. */
export function useCan(...permissions: Permission[]): boolean {
  const v = useContext(ViewerContext);
  return !!v && permissions.every((p) => v.permissions.has(p));
}
