import { CheckboxField } from './Field';
import { permissions } from './permissions';
import { useViewer } from '../app/viewer';

interface Props {
  legend: string;
  value: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  error?: string;
}

/**
 * PermissionPicker chooses permissions. Those the caller lacks are
 * disabled: nobody grants what they do not hold (the API refuses it too).
 */
export function PermissionPicker({ legend, value, onChange, error }: Props) {
  const viewer = useViewer();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {permissions.map((p) => {
        const lacking = !viewer.permissions.has(p.value);
        return (
          <CheckboxField
            key={p.value}
            label={p.label}
            checked={value.has(p.value)}
            disabled={lacking && !value.has(p.value)}
            hint={lacking ? 'You do not hold this permission.' : undefined}
            onChange={(e) => {
              const n = new Set(value);
              if (e.target.checked) n.add(p.value);
              else n.delete(p.value);
              onChange(n);
            }}
          />
        );
      })}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
