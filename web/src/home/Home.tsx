import { Link } from 'react-router-dom';
import { adminNav } from '../app/Shell';
import { useViewer } from '../app/viewer';

/** Home greets the caller and lists what it may do. */
export default function Home() {
  const viewer = useViewer();
  const items = adminNav.filter((i) => !i.permission || viewer.permissions.has(i.permission));
  return (
    <div>
      <h1>Welcome, {viewer.name}</h1>
      <p>
        Signed in as {viewer.email}
        {viewer.restricted && <> — you see only the users of {viewer.customers.map((c) => c.name).join(', ')}</>}.
      </p>
      {items.length > 0 ? (
        <ul className="tiles">
          {items.map((i) => (
            <li key={i.to}>
              <Link to={i.to}>{i.label}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          Your role grants no admin screens. <Link to="/account/">Go to your account</Link>.
        </p>
      )}
    </div>
  );
}
