import type { ReactNode } from 'react';

/** What the content manager's edit view passes to a custom field's input (Strapi types the input as taking none). */
export interface CustomFieldInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: ReactNode;
}
