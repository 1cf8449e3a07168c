import { useState } from 'react';
import { graphql, useFragment, useLazyLoadQuery, useMutation } from 'react-relay';
import { CheckboxField, FormErrors, SelectField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { RestrictionsDialog_user$key } from './__generated__/RestrictionsDialog_user.graphql';
import type { RestrictionsDialogQuery } from './__generated__/RestrictionsDialogQuery.graphql';
import type { RestrictionsDialogMutation } from './__generated__/RestrictionsDialogMutation.graphql';

interface Props {
  user: RestrictionsDialog_user$key;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * RestrictionsDialog changes a user's role and customers. It offers the
 * roles and customers the caller can see; the API refuses any grant
 * beyond the caller's own.
 */
export function RestrictionsDialog({ user, onClose, onDone }: Props) {
  const u = useFragment(
    graphql`
      fragment RestrictionsDialog_user on User {
        id
        role {
          id
        }
        customers {
          id
        }
      }
    `,
    user,
  );
  const data = useLazyLoadQuery<RestrictionsDialogQuery>(
    graphql`
      query RestrictionsDialogQuery {
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
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const current = new Set((u.customers ?? []).map((c) => c.id));
  const [roleID, setRoleID] = useState(u.role.id);
  const [chosen, setChosen] = useState<Set<string>>(current);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [commit, pending] = useMutation<RestrictionsDialogMutation>(graphql`
    mutation RestrictionsDialogMutation($input: SetUserRestrictionsInput!) {
      setUserRestrictions(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const add = [...chosen].filter((id) => !current.has(id));
    const remove = [...current].filter((id) => !chosen.has(id));
    commit({
      variables: { input: { id: u.id, roleID: roleID !== u.role.id ? roleID : null, addCustomerIDs: add, removeCustomerIDs: remove } },
      onCompleted: () => onDone('The restrictions are changed.'),
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  const roles = data.roles.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const customers = data.customers.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors messages={errors.general} />
      <SelectField label="Role" value={roleID} onChange={(e) => setRoleID(e.target.value)} error={errors.fields.roleID}>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend>Customers</legend>
        <p className="hint">A user with customers is restricted: they see and manage only users of those customers.</p>
        {customers.map((c) => (
          <CheckboxField key={c.id} label={c.name} checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
        ))}
        {(errors.fields.addCustomerIDs || errors.fields.removeCustomerIDs) && (
          <div className="field-error" role="alert">
            {errors.fields.addCustomerIDs ?? errors.fields.removeCustomerIDs}
          </div>
        )}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={pending}>
          Save restrictions
        </button>
      </div>
    </form>
  );
}
