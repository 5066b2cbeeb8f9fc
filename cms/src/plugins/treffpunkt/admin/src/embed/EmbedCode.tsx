/**
 * "3. Copy the code": two ways onto a website. The script (recommended) wherever the site lets
 * an editor paste HTML with a script; the iframe for site builders that strip scripts (free
 * plans of WordPress.com and Wix, Jimdo, locked-down TYPO3 installations). Each tab has its
 * code, what can be set only there, and how to paste it into the systems associations use.
 * The link (LinkCode.tsx) is for editors who may paste a link but no code.
 */
import { Checkbox, Field, Flex, Tabs, TextInput, Typography } from '@strapi/design-system';
import { embedFrameHeightPx, SITE_REPORT_TEMPLATE_MAX_LENGTH } from 'treffpunkt-shared/widget-options';
import { useText } from '../translations/useText';
import { CopyField } from './CopyField';
import { Instructions } from './Instructions';
import { LinkCode } from './LinkCode';
import { frameResizeLine, hasLimit, iframeCode, iframeLeavesOutReportPage, snippet, type WidgetOptions } from './snippet';

interface EmbedCodeProps {
  options: WidgetOptions;
  widgetsUrl: string;
  onChange(options: WidgetOptions): void;
}

function ScriptCode({ options, widgetsUrl, onChange }: EmbedCodeProps) {
  const text = useText();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <CopyField
        name="snippet"
        label={text('snippet.label')}
        hint={text('snippet.hint')}
        value={snippet(options, widgetsUrl)}
        copyLabel={text('copy.snippet')}
        rows={5}
      />
      <Field.Root name="fallbackUrl" hint={text('snippet.fallback.hint')}>
        <Field.Label>{text('snippet.fallback')}</Field.Label>
        <TextInput
          value={options.fallbackUrl}
          placeholder="https://"
          onChange={(event: { target: { value: string } }) => onChange({ ...options, fallbackUrl: event.target.value })}
        />
        <Field.Hint />
      </Field.Root>
      <Instructions systems={['wordpress', 'typo3']} />
    </Flex>
  );
}

function FrameCode({ options, widgetsUrl, onChange }: EmbedCodeProps) {
  const text = useText();
  const height = embedFrameHeightPx(options.widget, options.layout, hasLimit(options.widget) ? options.limit : undefined);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Checkbox
        checked={options.target === '_blank'}
        onCheckedChange={(checked: boolean) => onChange({ ...options, target: checked ? '_blank' : '_top' })}
      >
        {text('iframe.newTab')}
      </Checkbox>
      <CopyField
        name="iframe"
        label={text('iframe.label')}
        hint={text('iframe.hint', { height })}
        value={iframeCode(options, widgetsUrl)}
        copyLabel={text('copy.snippet')}
        rows={3}
      />
      {iframeLeavesOutReportPage(options) && (
        <Typography textColor="warning600">{text('iframe.reportPageLeftOut', { max: SITE_REPORT_TEMPLATE_MAX_LENGTH })}</Typography>
      )}
      <CopyField
        name="frameResize"
        label={text('iframe.resize.label')}
        hint={text('iframe.resize.hint')}
        value={frameResizeLine(widgetsUrl)}
        copyLabel={text('copy.button')}
      />
      <Instructions systems={['wordpress-com', 'wix', 'jimdo', 'typo3-iframe']} />
    </Flex>
  );
}

export function EmbedCode(props: EmbedCodeProps) {
  const text = useText();
  return (
    <Tabs.Root defaultValue="script">
      <Tabs.List aria-label={text('snippet.title')}>
        <Tabs.Trigger value="script">{text('snippet.tab.script')}</Tabs.Trigger>
        <Tabs.Trigger value="iframe">{text('snippet.tab.iframe')}</Tabs.Trigger>
        <Tabs.Trigger value="link">{text('snippet.tab.link')}</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="script">
        <Flex paddingTop={4} direction="column" alignItems="stretch">
          <ScriptCode {...props} />
        </Flex>
      </Tabs.Content>
      <Tabs.Content value="iframe">
        <Flex paddingTop={4} direction="column" alignItems="stretch">
          <FrameCode {...props} />
        </Flex>
      </Tabs.Content>
      <Tabs.Content value="link">
        <Flex paddingTop={4} direction="column" alignItems="stretch">
          <LinkCode {...props} />
        </Flex>
      </Tabs.Content>
    </Tabs.Root>
  );
}
