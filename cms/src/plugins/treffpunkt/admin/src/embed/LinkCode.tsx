/** "Link (WordPress, Ghost)": the address to paste, and where pasting it works. */
import { useText } from '../translations/useText';
import { CopyField } from './CopyField';
import { pasteLink } from './paste-link';
import type { WidgetOptions } from './snippet';

export function LinkCode({ options, widgetsUrl }: { options: WidgetOptions; widgetsUrl: string }) {
  const text = useText();
  return (
    <CopyField
      name="pasteLink"
      label={text('link.label')}
      hint={text('link.hint')}
      value={pasteLink(options, widgetsUrl)}
      copyLabel={text('copy.button')}
    />
  );
}
