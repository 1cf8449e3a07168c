// The session context lets a screen start over with an empty Relay store
// after signing in or out, so no record of one caller is shown to the next.
import { createContext, useContext } from 'react';

/** What the session context offers. */
export interface Session {
  /** Drop every cached record and ask the server again who is calling. */
  reset(): void;
}

export const SessionContext = createContext<Session>({ reset: () => undefined });

/** useSession returns the session controls. */
export function useSession(): Session {
  return useContext(SessionContext);
}
