import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { FormErrors } from '../components/Field';
import { ProfileFieldset, profileInput, profileValues } from '../components/ProfileForm';
import type { ProfileValues } from '../components/ProfileForm';
import { displayName } from '../components/format';
import { apiError, splitErrors } from '../relay/errors';
import type { UserEditQuery } from './__generated__/UserEditQuery.graphql';
import type { UserEditMutation } from './__generated__/UserEditMutation.graphql';

/** UserEdit edits a user's profile; a concurrent change is caught and offered for reload. */
export default function UserEdit() {
  const { id = '' } = useParams();
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<UserEditQuery>(
    graphql`
      query UserEditQuery($id: ID!) {
        node(id: $id) {
          ... on User {
            id
            email
            updatedAt
            salutation
            firstName
            lastName
            phone
            birthday
            company
            street
            addressAddition
            city
            zip
            country
            customAttributes
          }
        }
        attributeDefinitions {
          key
          label
          description
          type
          required
          allowedValues
          userEditable
        }
      }
    `,
    { id },
    { fetchPolicy: fetchKey ? 'network-only' : 'store-and-network', fetchKey },
  );
  const u = data.node;
  if (!u || !u.id) {
    return (
      <div className="panel">
        <h1>User not found</h1>
        <Link to="/admin/users">Back to the users</Link>
      </div>
    );
  }
  // The form starts over whenever a newer version of the user is loaded.
  return (
    <EditForm
      key={`${u.updatedAt}-${fetchKey}`}
      user={{ ...u, id: u.id, email: u.email ?? '', updatedAt: u.updatedAt ?? '' }}
      defs={data.attributeDefinitions}
      onReload={() => setFetchKey((k) => k + 1)}
    />
  );
}

interface FormProps {
  user: Omit<NonNullable<UserEditQuery['response']['node']>, 'id' | 'email' | 'updatedAt'> & { id: string; email: string; updatedAt: string };
  defs: UserEditQuery['response']['attributeDefinitions'];
  onReload: () => void;
}

function EditForm({ user, defs, onReload }: FormProps) {
  const navigate = useNavigate();
  const [initial] = useState<ProfileValues>(() => profileValues(user as never, defs));
  const [values, setValues] = useState<ProfileValues>(initial);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [stale, setStale] = useState(false);
  const [commit, pending] = useMutation<UserEditMutation>(graphql`
    mutation UserEditMutation($input: UpdateUserInput!) {
      updateUser(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setStale(false);
    commit({
      variables: { input: { id: user.id, expectedUpdatedAt: user.updatedAt, profile: profileInput(initial, values, defs) } },
      onCompleted: () => {
        void navigate(`/admin/users/${user.id}`);
      },
      onError: (err) => {
        if (apiError(err)?.has('CONFLICT')) setStale(true);
        setErrors(splitErrors(err, 'input.profile.'));
      },
    });
  };
  const name = displayName(user as { email: string });
  return (
    <div>
      <p>
        <Link to={`/admin/users/${user.id}`}>← {name}</Link>
      </p>
      <h1>Edit {name}</h1>
      <form onSubmit={submit} noValidate className="panel">
        {stale ? (
          <div className="form-errors" role="alert">
            <p>Someone else changed this user since you opened the form. Reload to see their change; your edits here are then dropped.</p>
            <button type="button" onClick={onReload}>
              Reload
            </button>
          </div>
        ) : (
          <FormErrors messages={errors.general} />
        )}
        <ProfileFieldset values={values} onChange={setValues} errors={errors.fields} defs={defs} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            Save
          </button>
          <Link to={`/admin/users/${user.id}`}>Cancel</Link>
        </div>
      </form>
    </div>
  );
}
