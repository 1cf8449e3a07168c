import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** PublicPage frames the pages anonymous visitors see: sign-in, sign-up and the pages behind mail links. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="narrow">
      <p className="brand-line">
        <Link to="/account/sign-in">Roster</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}
