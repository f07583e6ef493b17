import { FormField, FormFieldDescription, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

/** A labelled select in NL Design System style (Utrecht has no combined FormFieldSelect). */
export function SelectField(props: {
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  description?: ReactNode;
  name?: string;
  required?: boolean;
}) {
  const id = useId();
  const descId = `${id}-omschrijving`;
  return (
    <FormField type="select">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{props.label}</FormLabel>
      </div>
      {props.description && <FormFieldDescription id={descId}>{props.description}</FormFieldDescription>}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={props.name}
          value={props.value}
          required={props.required}
          aria-describedby={props.description ? descId : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/** Field errors from a problem document, keyed by field name. */
export function veldFouten(fouten: { veld: string; melding: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fouten ?? []) out[f.veld.replace(/^(body)?\//, '')] = f.melding;
  return out;
}
