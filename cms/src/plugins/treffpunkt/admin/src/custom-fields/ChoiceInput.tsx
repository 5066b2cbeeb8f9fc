/**
 * The edit view's input of plugin::treffpunkt.choice: Strapi's select, with the words of each
 * value in the admin's language (shared/choice-texts.ts); the value saved is the stored code.
 */
import { forwardRef } from 'react';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { choiceOwner, useChoiceLabel } from './useChoiceLabel';
import type { CustomFieldInputProps } from './input-props';

interface ChoiceInputProps extends CustomFieldInputProps {
  placeholder?: string;
  attribute: { enum: string[] };
}

export const ChoiceInput = forwardRef<HTMLDivElement, ChoiceInputProps>(
  ({ name, label, hint, required, disabled, labelAction, placeholder, attribute }, ref) => {
    const field = useField<string | null>(name);
    const labelOf = useChoiceLabel();
    const uid = choiceOwner(name, attribute.enum) ?? '';
    return (
      <Field.Root name={name} error={field.error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <SingleSelect
          ref={ref}
          value={field.value ?? undefined}
          disabled={disabled}
          placeholder={placeholder}
          onChange={(value: string | number) => field.onChange(name, value === '' ? null : String(value))}
          onClear={required ? undefined : () => field.onChange(name, null)}
        >
          {attribute.enum.map((value) => (
            <SingleSelectOption key={value} value={value}>
              {labelOf(uid, name, value)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default ChoiceInput;
