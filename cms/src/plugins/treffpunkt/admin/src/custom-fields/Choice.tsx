import { SingleSelect, SingleSelectOption } from '@strapi/design-system';

interface ChoiceProps<Value extends string | number> {
  value: Value;
  values: readonly Value[];
  /** The words for a value, in the admin's language. */
  label: (value: Value) => string;
  disabled?: boolean;
  onChange: (value: Value) => void;
}

/** One of a few values, in words: the series form's selects (the label comes from the Field around it). */
export function Choice<Value extends string | number>({ value, values, label, disabled, onChange }: ChoiceProps<Value>) {
  const picked = (option: string | number) => values.find((candidate) => String(candidate) === String(option));
  return (
    <SingleSelect value={String(value)} disabled={disabled} onChange={(option: string | number) => onChange(picked(option) ?? value)}>
      {values.map((option) => (
        <SingleSelectOption key={option} value={String(option)}>
          {label(option)}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}
