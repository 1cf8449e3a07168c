import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { FormErrors } from '../components/Field';
import { ProfileFieldset, profileInput, profileValues } from '../components/ProfileForm';
import { splitErrors } from '../relay/errors';
import type { AccountProfileQuery } from './__generated__/AccountProfileQuery.graphql';
import type { AccountProfileMutation } from './__generated__/AccountProfileMutation.graphql';

/** AccountProfile lets signed-in users edit their own information; fields an administrator blocked are read-only. */
export default function AccountProfile() {
  const data = useLazyLoadQuery<AccountProfileQuery>(
    graphql`
      query AccountProfileQuery {
        viewer {
          user {
            id
            email
            updatedAt
            blockedProfileFields
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
    {},
    { fetchPolicy: 'network-only' },
  );
  const u = data.viewer.user;
  if (!u) return null;
  return <ProfileForm key={u.id} user={u} defs={data.attributeDefinitions} />;
}

type User = NonNullable<AccountProfileQuery['response']['viewer']['user']>;

function ProfileForm({ user, defs }: { user: User; defs: AccountProfileQuery['response']['attributeDefinitions'] }) {
  const [initial, setInitial] = useState(() => profileValues(user as never, defs));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [saved, setSaved] = useState(false);
  const [commit, pending] = useMutation<AccountProfileMutation>(graphql`
    mutation AccountProfileMutation($input: ProfileInput!) {
      updateMe(input: $input) {
        user {
          id
          updatedAt
          firstName
          lastName
          salutation
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
    }
  `);
  const blocked = new Set(user.blockedProfileFields);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    commit({
      variables: { input: profileInput(initial, values, defs, { onlyEditable: true }) },
      onCompleted: () => {
        setErrors({ fields: {}, general: [] });
        setInitial(values);
        setSaved(true);
      },
      onError: (err) => setErrors(splitErrors(err, 'input.')),
    });
  };
  return (
    <div>
      <h1>My information</h1>
      <p className="muted">Signed in as {user.email}.</p>
      <form onSubmit={submit} noValidate className="panel">
        {saved && (
          <p className="notice" role="status">
            Your information is saved.
          </p>
        )}
        <FormErrors messages={errors.general} />
        {blocked.size > 0 && <p className="hint">Fields shown greyed out were blocked from editing by an administrator.</p>}
        <ProfileFieldset values={values} onChange={setValues} errors={errors.fields} defs={defs} readOnly={blocked} selfService />
        <button type="submit" className="primary" disabled={pending}>
          Save
        </button>
      </form>
    </div>
  );
}
