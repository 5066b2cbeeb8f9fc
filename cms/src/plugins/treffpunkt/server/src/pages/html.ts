import { escapeHtml } from 'treffpunkt-shared/escape-html';
import type { Locale } from 'treffpunkt-shared/wire';

/** The frame of the plugin's own pages (preview, embed pages): not for search engines, styles inline, no inline script. */
export function htmlPage({
  locale,
  title,
  style,
  head = '',
  body,
}: {
  locale: Locale;
  title: string;
  style: string;
  head?: string;
  body: string;
}): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
${head}
</head>
<body>${body}</body>
</html>
`;
}
