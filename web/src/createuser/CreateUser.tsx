import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { Link, useNavigate } from 'react-router-dom';
import { CheckboxField, FormErrors, SelectField, TextField } from '../components/Field';
import { ProfileFieldset, profileInput, profileValues } from '../components/ProfileForm';
import { splitErrors } from '../relay/errors';
import { useCan } from '../app/viewer';
import type { CreateUserQuery } from './__generated__/CreateUserQuery.graphql';
import type { CreateUserMutation } from './__generated__/CreateUserMutation.graphql';

/**
 * CreateUser creates a user with email, profile, role and customers, and
 * invites them if chosen. When the address has an account already, the
 * console opens that account's profile instead.
 */
export default function CreateUser() {
  const data = useLazyLoadQuery<CreateUserQuery>(
    graphql`
      query CreateUserQuery {
        roles(first: 100, orderBy: { field: NAME, direction: ASC }) {
          edges {
            node {
              id
              name
            }
          }
        }
        customers(first: 500, orderBy: { field: NAME, direction: ASC }) {
          edges {
            node {
              id
              name
            }
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
    { fetchPolicy: 'store-and-network' },
  );
  const canInvite = useCan('USERS_INVITE');
  const navigate = useNavigate();
  const defs = data.attributeDefinitions;
  const [initial] = useState(() => profileValues(null, defs));
  const [values, setValues] = useState(initial);
  const [email, setEmail] = useState('');
  const [sendInvitation, setSendInvitation] = useState(canInvite);
  const [roleID, setRoleID] = useState('');
  const [customers, setCustomers] = useState<Set<string>>(new Set());
  const [returnURL, setReturnURL] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [commit, pending] = useMutation<CreateUserMutation>(graphql`
    mutation CreateUserMutation($input: CreateUserInput!) {
      createUser(input: $input) {
        alreadyExisted
        user {
          id
          ...UserProfile_user
        }
      }
    }
  `);
  const roles = data.roles.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const customerList = data.customers.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    commit({
      variables: {
        input: {
          email,
          sendInvitation,
          roleID: roleID || null,
          customerIDs: [...customers],
          profile: profileInput(initial, values, defs, { all: true }),
          acceptInvitationReturnURL: returnURL || null,
        },
      },
      onCompleted: (res) => {
        const { user, alreadyExisted } = res.createUser;
        navigate(`/admin/users/${user.id}`, { state: { notice: alreadyExisted ? `${email} has an account already: here it is.` : undefined } });
      },
      onError: (err) => {
        const split = splitErrors(err);
        const profile = splitErrors(err, 'input.profile.');
        setErrors({ fields: { ...split.fields, ...profile.fields }, general: split.general.filter((m) => !Object.values(profile.fields).includes(m)) });
      },
    });
  };
  return (
    <div>
      <p>
        <Link to="/admin/users">← Users</Link>
      </p>
      <h1>Create user</h1>
      <form onSubmit={submit} noValidate className="panel">
        <FormErrors messages={errors.general} />
        <fieldset className="grid2">
          <legend>Account</legend>
          <TextField label="Email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} />
          <SelectField label="Role" value={roleID} onChange={(e) => setRoleID(e.target.value)} error={errors.fields.roleID} hint="Default: user">
            <option value="">user (default)</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
          {canInvite && (
            <CheckboxField
              label="Send an invitation now"
              checked={sendInvitation}
              onChange={(e) => setSendInvitation(e.target.checked)}
              hint="The user gets a link to choose a password."
            />
          )}
          <TextField
            label="Return URL after accepting (optional)"
            type="url"
            value={returnURL}
            onChange={(e) => setReturnURL(e.target.value)}
            error={errors.fields.acceptInvitationReturnURL}
            hint="Its host must be an allowed redirect host."
          />
        </fieldset>
        {customerList.length > 0 && (
          <fieldset>
            <legend>Customers</legend>
            <div className="grid2">
              {customerList.map((c) => (
                <CheckboxField
                  key={c.id}
                  label={c.name}
                  checked={customers.has(c.id)}
                  onChange={(e) =>
                    setCustomers((s) => {
                      const n = new Set(s);
                      if (e.target.checked) n.add(c.id);
                      else n.delete(c.id);
                      return n;
                    })
                  }
                />
              ))}
            </div>
            {errors.fields.customerIDs && (
              <div className="field-error" role="alert">
                {errors.fields.customerIDs}
              </div>
            )}
          </fieldset>
        )}
        <ProfileFieldset values={values} onChange={setValues} errors={errors.fields} defs={defs} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            Create user
          </button>
          <Link to="/admin/users">Cancel</Link>
        </div>
      </form>
    </div>
  );
}
