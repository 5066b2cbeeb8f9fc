import { useRef } from 'react';
import { Button, Field, Flex, Textarea, TextInput } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useText } from '../translations/useText';
import { copyText } from './clipboard';

interface CopyFieldProps {
  name: string;
  label: string;
  value: string;
  copyLabel: string;
  hint?: string;
  /** Several lines (the snippet) rather than one (an address). */
  rows?: number;
}

/** A read-only value with a copy button; when copying is impossible the text is selected for Ctrl+C. */
export function CopyField({ name, label, value, copyLabel, hint, rows }: CopyFieldProps) {
  const text = useText();
  const { toggleNotification } = useNotification();
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  async function copy() {
    if (await copyText(value)) {
      toggleNotification({ type: 'success', message: text('copy.done') });
      return;
    }
    field.current?.focus();
    field.current?.select();
    toggleNotification({ type: 'warning', message: text('copy.failed') });
  }

  const selectAll = () => field.current?.select();
  return (
    <Field.Root name={name} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Flex gap={2} alignItems="flex-start">
        <Flex flex={1} direction="column" alignItems="stretch">
          {rows ? (
            <Textarea ref={field} value={value} readOnly rows={rows} onFocus={selectAll} style={{ fontFamily: 'monospace' }} />
          ) : (
            <TextInput ref={field} value={value} readOnly onFocus={selectAll} />
          )}
        </Flex>
        <Button variant="secondary" size="L" startIcon={<Duplicate />} onClick={copy}>
          {copyLabel}
        </Button>
      </Flex>
      <Field.Hint />
    </Field.Root>
  );
}
