import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { CheckboxField, FormErrors, SelectField, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { AttributesScreenQuery } from './__generated__/AttributesScreenQuery.graphql';
import type { AttributesScreenCreateMutation } from './__generated__/AttributesScreenCreateMutation.graphql';
import type { AttributesScreenUpdateMutation } from './__generated__/AttributesScreenUpdateMutation.graphql';
import type { AttributesScreenDeleteMutation } from './__generated__/AttributesScreenDeleteMutation.graphql';

type Definition = AttributesScreenQuery['response']['attributeDefinitions'][number];

/** AttributesScreen manages the attribute definitions ("further information" of profiles). */
export default function AttributesScreen() {
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<AttributesScreenQuery>(
    graphql`
      query AttributesScreenQuery {
        attributeDefinitions {
          id
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
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const [editing, setEditing] = useState<Definition | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Definition | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  const [commitDelete, pendingDelete] = useMutation<AttributesScreenDeleteMutation>(graphql`
    mutation AttributesScreenDeleteMutation($input: DeleteAttributeDefinitionInput!) {
      deleteAttributeDefinition(input: $input) {
        deletedID @deleteRecord
      }
    }
  `);
  const done = () => {
    setEditing(null);
    setFetchKey((k) => k + 1);
  };
  const defs = data.attributeDefinitions.filter(Boolean);
  return (
    <div>
      <div className="actions" style={{ justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>Attributes</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New attribute
        </button>
      </div>
      <p className="muted">Attributes are the "further information" of every profile.</p>
      <table>
        <thead>
          <tr>
            <th>Key</th>
            <th>Label</th>
            <th>Type</th>
            <th>Required</th>
            <th>Users edit</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {defs.map((d) => (
            <tr key={d.id}>
              <td>
                <code>{d.key}</code>
              </td>
              <td>{d.label}</td>
              <td>
                {d.type}
                {d.allowedValues && d.allowedValues.length > 0 && `: ${d.allowedValues.join(', ')}`}
              </td>
              <td>{d.required ? 'yes' : 'no'}</td>
              <td>{d.userEditable ? 'yes' : 'no'}</td>
              <td className="row-actions">
                <button type="button" className="link-button" aria-label={`Edit ${d.label}`} onClick={() => setEditing(d)}>
                  Edit
                </button>
                <button type="button" className="link-button danger-link" aria-label={`Delete ${d.label}`} onClick={() => setDeleting(d)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog title={editing === 'new' ? 'New attribute' : `Edit attribute ${editing?.key ?? ''}`} open={editing !== null} onClose={() => setEditing(null)}>
        {editing !== null && <DefinitionForm def={editing === 'new' ? null : editing} onDone={done} onCancel={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        title="Delete attribute"
        open={deleting !== null}
        danger
        message={<p>Delete the attribute {deleting?.label}? Stored values stay in profiles until they are next edited.</p>}
        confirmLabel={`Delete ${deleting?.label ?? ''}`}
        pending={pendingDelete}
        error={deleteErrors}
        onClose={() => {
          setDeleting(null);
          setDeleteErrors([]);
        }}
        onConfirm={() =>
          deleting &&
          commitDelete({
            variables: { input: { id: deleting.id } },
            onCompleted: () => {
              setDeleting(null);
              setFetchKey((k) => k + 1);
            },
            onError: (err) => setDeleteErrors(splitErrors(err).general),
          })
        }
      />
    </div>
  );
}

function DefinitionForm({ def, onDone, onCancel }: { def: Definition | null; onDone: () => void; onCancel: () => void }) {
  const [key, setKey] = useState(def?.key ?? '');
  const [label, setLabel] = useState(def?.label ?? '');
  const [description, setDescription] = useState(def?.description ?? '');
  const [type, setType] = useState<string>(def?.type ?? 'STRING');
  const [required, setRequired] = useState(def?.required ?? false);
  const [userEditable, setUserEditable] = useState(def?.userEditable ?? true);
  const [values, setValues] = useState((def?.allowedValues ?? []).join(', '));
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [create, creating] = useMutation<AttributesScreenCreateMutation>(graphql`
    mutation AttributesScreenCreateMutation($input: CreateAttributeDefinitionInput!) {
      createAttributeDefinition(input: $input) {
        attributeDefinition {
          id
        }
      }
    }
  `);
  const [update, updating] = useMutation<AttributesScreenUpdateMutation>(graphql`
    mutation AttributesScreenUpdateMutation($input: UpdateAttributeDefinitionInput!) {
      updateAttributeDefinition(input: $input) {
        attributeDefinition {
          id
          label
          description
          required
          allowedValues
          userEditable
        }
      }
    }
  `);
  const allowed = type === 'ENUM' ? values.split(',').map((v) => v.trim()).filter(Boolean) : null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const onError = (err: Error) => setErrors(splitErrors(err));
    if (def) {
      update({ variables: { input: { id: def.id, label, description, required, userEditable, allowedValues: allowed } }, onCompleted: onDone, onError });
    } else {
      create({ variables: { input: { key, label, description, type: type as never, required, userEditable, allowedValues: allowed } }, onCompleted: onDone, onError });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors messages={errors.general} />
      <TextField label="Key" value={key} readOnly={!!def} onChange={(e) => setKey(e.target.value)} error={errors.fields.key} hint="Lower snake case, such as membership_number; cannot change later." />
      <TextField label="Label" value={label} onChange={(e) => setLabel(e.target.value)} error={errors.fields.label} />
      <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields.description} />
      <SelectField label="Type" value={type} disabled={!!def} onChange={(e) => setType(e.target.value)} error={errors.fields.type}>
        {['STRING', 'NUMBER', 'BOOLEAN', 'DATE', 'ENUM'].map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </SelectField>
      {type === 'ENUM' && (
        <TextField label="Allowed values" value={values} onChange={(e) => setValues(e.target.value)} error={errors.fields.allowedValues} hint="Comma-separated." />
      )}
      <CheckboxField label="Required" checked={required} onChange={(e) => setRequired(e.target.checked)} />
      <CheckboxField label="Users may edit it themselves" checked={userEditable} onChange={(e) => setUserEditable(e.target.checked)} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={creating || updating}>
          Save attribute
        </button>
      </div>
    </form>
  );
}
