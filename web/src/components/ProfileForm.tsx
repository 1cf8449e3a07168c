// The profile fields of createUser, updateUser, updateMe and signUp, as
// one fieldset: standard fields, then the admin-defined attributes
// ("further information"). Only changed fields are sent; an emptied field
// is sent as null, which clears it.
import { CheckboxField, SelectField, TextField } from './Field';

/** A standard profile field, by its ProfileInput name. */
export interface ProfileFieldSpec {
  name: string;
  label: string;
  type?: string;
  hint?: string;
  autoComplete?: string;
}

export const profileFields: ProfileFieldSpec[] = [
  { name: 'salutation', label: 'Salutation' },
  { name: 'firstName', label: 'First name', autoComplete: 'given-name' },
  { name: 'lastName', label: 'Last name', autoComplete: 'family-name' },
  { name: 'phone', label: 'Phone', type: 'tel', hint: 'International (+49 30 123456) or national for the country', autoComplete: 'tel' },
  { name: 'birthday', label: 'Birthday', type: 'date', autoComplete: 'bday' },
  { name: 'company', label: 'Company', autoComplete: 'organization' },
  { name: 'street', label: 'Street and number', autoComplete: 'address-line1' },
  { name: 'addressAddition', label: 'Address addition', autoComplete: 'address-line2' },
  { name: 'city', label: 'City', autoComplete: 'address-level2' },
  { name: 'zip', label: 'ZIP', autoComplete: 'postal-code' },
  { name: 'country', label: 'Country', hint: 'Two-letter ISO 3166-1 code, such as DE', autoComplete: 'country' },
];

/** An attribute definition as the form needs it. */
export interface AttributeSpec {
  readonly key: string;
  readonly label: string;
  readonly description?: string | null;
  readonly type: string;
  readonly required: boolean;
  readonly allowedValues?: ReadonlyArray<string> | null;
  readonly userEditable: boolean;
}

/** The form's values: standard fields as text, attributes as text or booleans. */
export interface ProfileValues {
  fields: Record<string, string>;
  attributes: Record<string, string | boolean>;
}

/** The profile fields of a user as loaded. */
export type ProfileSource = {
  readonly [name: string]: unknown;
  readonly customAttributes?: unknown;
};

/** profileValues turns a loaded user (or nothing) into form values. */
export function profileValues(user: ProfileSource | null | undefined, defs: ReadonlyArray<AttributeSpec>): ProfileValues {
  const fields: Record<string, string> = {};
  for (const f of profileFields) {
    const v = user?.[f.name];
    fields[f.name] = v == null ? '' : String(v);
  }
  const stored = (user?.customAttributes ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string | boolean> = {};
  for (const d of defs) {
    const v = stored[d.key];
    attributes[d.key] = d.type === 'BOOLEAN' ? v === true : v == null ? '' : String(v);
  }
  return { fields, attributes };
}

function attributeValue(d: AttributeSpec, v: string | boolean): unknown {
  if (d.type === 'BOOLEAN') return v === true;
  if (v === '') return undefined;
  if (d.type === 'NUMBER') {
    const n = Number(v);
    return Number.isNaN(n) ? v : n;
  }
  return v;
}

/**
 * profileInput returns the ProfileInput of what differs between initial
 * and current: changed standard fields (empty as null) and, if any
 * attribute changed, the attribute map. With onlyEditable, attributes
 * users may not edit themselves are left out of the map (updateMe keeps
 * them).
 */
export function profileInput(
  initial: ProfileValues,
  current: ProfileValues,
  defs: ReadonlyArray<AttributeSpec>,
  { onlyEditable = false, all = false } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of profileFields) {
    const v = current.fields[f.name];
    if (all ? v !== '' : v !== initial.fields[f.name]) out[f.name] = v === '' ? null : v;
  }
  const changed = defs.some((d) => current.attributes[d.key] !== initial.attributes[d.key]);
  if (changed || (all && defs.some((d) => current.attributes[d.key] !== '' && current.attributes[d.key] !== false))) {
    const map: Record<string, unknown> = {};
    for (const d of defs) {
      if (onlyEditable && !d.userEditable) continue;
      const v = attributeValue(d, current.attributes[d.key]);
      if (v !== undefined) map[d.key] = v;
    }
    out.customAttributes = map;
  }
  return out;
}

interface FieldsetProps {
  values: ProfileValues;
  onChange: (v: ProfileValues) => void;
  /** Messages by field: "firstName", "customAttributes.key". */
  errors: Record<string, string>;
  defs: ReadonlyArray<AttributeSpec>;
  /** Fields shown read-only (blocked from self-editing). */
  readOnly?: ReadonlySet<string>;
  /** Self-service: attributes users may not edit are read-only. */
  selfService?: boolean;
}

/** ProfileFieldset renders every profile field with its label and error. */
export function ProfileFieldset({ values, onChange, errors, defs, readOnly = new Set(), selfService }: FieldsetProps) {
  const setField = (name: string, v: string) => onChange({ ...values, fields: { ...values.fields, [name]: v } });
  const setAttr = (key: string, v: string | boolean) => onChange({ ...values, attributes: { ...values.attributes, [key]: v } });
  const blockedHint = 'An administrator has blocked this field from editing.';
  const attributesBlocked = readOnly.has('customAttributes');
  return (
    <>
      <fieldset className="grid2">
        <legend>Contact</legend>
        {profileFields.map((f) => {
          const locked = readOnly.has(f.name);
          const hint = locked ? blockedHint : f.hint;
          if (f.name === 'salutation') {
            return (
              <SelectField
                key={f.name}
                label={f.label}
                name={f.name}
                value={values.fields.salutation}
                disabled={locked}
                hint={locked ? blockedHint : undefined}
                error={errors.salutation}
                onChange={(e) => setField('salutation', e.target.value)}
              >
                <option value="">—</option>
                <option value="MR">Mr</option>
                <option value="MRS">Mrs</option>
                <option value="DIVERS">Divers</option>
              </SelectField>
            );
          }
          return (
            <TextField
              key={f.name}
              label={f.label}
              name={f.name}
              type={f.type ?? 'text'}
              autoComplete={f.autoComplete}
              value={values.fields[f.name]}
              readOnly={locked}
              hint={hint}
              error={errors[f.name]}
              onChange={(e) => setField(f.name, e.target.value)}
            />
          );
        })}
      </fieldset>
      {defs.length > 0 && (
        <fieldset className="grid2">
          <legend>Further information</legend>
          {defs.map((d) => {
            const locked = attributesBlocked || (selfService && !d.userEditable);
            const hint = attributesBlocked ? blockedHint : locked ? 'Only administrators change this.' : (d.description ?? undefined);
            const error = errors[`customAttributes.${d.key}`];
            const label = d.required ? `${d.label} (required)` : d.label;
            const value = values.attributes[d.key];
            if (d.type === 'BOOLEAN') {
              return (
                <CheckboxField
                  key={d.key}
                  label={label}
                  checked={value === true}
                  disabled={locked}
                  hint={hint}
                  error={error}
                  onChange={(e) => setAttr(d.key, e.target.checked)}
                />
              );
            }
            if (d.type === 'ENUM') {
              return (
                <SelectField key={d.key} label={label} value={String(value)} disabled={locked} hint={hint} error={error} onChange={(e) => setAttr(d.key, e.target.value)}>
                  <option value="">—</option>
                  {(d.allowedValues ?? []).map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </SelectField>
              );
            }
            return (
              <TextField
                key={d.key}
                label={label}
                type={d.type === 'NUMBER' ? 'number' : d.type === 'DATE' ? 'date' : 'text'}
                value={String(value)}
                readOnly={locked}
                hint={hint}
                error={error}
                onChange={(e) => setAttr(d.key, e.target.value)}
              />
            );
          })}
        </fieldset>
      )}
    </>
  );
}
