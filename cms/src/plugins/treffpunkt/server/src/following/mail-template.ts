/**
 * Every follow mail has one shape, written here twice: as plain text and as HTML built from our
 * own template. What editors wrote (titles, summaries, notes, network names) only ever fills
 * text: escaped in the HTML, never markup, and links only where safeUrl lets an http(s) address
 * through. The content of each kind of mail is in ./mail-content.ts.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import type { Locale } from 'treffpunkt-shared/wire';

/** Something the mail lists: a meeting or a report, with its title linking to its page. */
export interface MailItem {
  title: string;
  url: string | null;
  lines: string[];
}

export interface MailContent {
  locale: Locale;
  subject: string;
  heading: string;
  paragraphs: string[];
  items?: MailItem[];
  /** The one button of the mail. */
  action?: { label: string; url: string };
  /** After the action, e.g. what happens when nothing is done. */
  after?: string[];
  /** Why this mail came, and how to end it: the unsubscribe link follows. */
  footer: string;
  unsubscribe: { label: string; url: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const href = (url: string | null) => (url && /^https?:/.test(safeUrl(url) ?? '') ? safeUrl(url) : null);

const link = (label: string, url: string | null) => {
  const target = href(url);
  return target ? `<a href="${escapeHtml(target)}" style="color:#1a5fb4">${escapeHtml(label)}</a>` : escapeHtml(label);
};

function textOf(content: MailContent): string {
  const items = (content.items ?? []).map((item) => [item.title, ...item.lines, ...(href(item.url) ? [href(item.url)] : [])].join('\n  '));
  const action = content.action && href(content.action.url) ? [`${content.action.label}:\n${href(content.action.url)}`] : [];
  const unsubscribe = `${content.unsubscribe.label}:\n${href(content.unsubscribe.url) ?? ''}`;
  const blocks = [
    content.heading,
    ...content.paragraphs,
    ...items,
    ...action,
    ...(content.after ?? []),
    '-- ',
    content.footer,
    unsubscribe,
  ];
  return `${blocks.join('\n\n')}\n`;
}

function htmlOf(content: MailContent): string {
  const paragraph = (text: string) => `<p style="margin:0 0 1em">${escapeHtml(text)}</p>`;
  const items = (content.items ?? []).map(
    (item) =>
      `<li style="margin:0 0 1em"><strong>${link(item.title, item.url)}</strong>${item.lines.map((line) => `<br>${escapeHtml(line)}`).join('')}</li>`,
  );
  const actionUrl = content.action ? href(content.action.url) : null;
  const action =
    content.action && actionUrl
      ? `<p style="margin:1.5em 0"><a href="${escapeHtml(actionUrl)}" style="background:#1a5fb4;color:#fff;padding:.6em 1.2em;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
      : '';
  return `<!doctype html>
<html lang="${content.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:1.5em;font-family:system-ui,sans-serif;line-height:1.5;color:#1c1c1c;background:#fff">
<div style="max-width:36em">
<h1 style="font-size:1.3em;margin:0 0 1em">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
${items.length > 0 ? `<ul style="padding-left:1.2em">${items.join('\n')}</ul>` : ''}
${action}
${(content.after ?? []).map(paragraph).join('\n')}
<hr style="border:0;border-top:1px solid #ccc;margin:2em 0 1em">
<p style="margin:0 0 .5em;font-size:.9em;color:#555">${escapeHtml(content.footer)}</p>
<p style="margin:0;font-size:.9em">${link(content.unsubscribe.label, content.unsubscribe.url)}</p>
</div>
</body>
</html>
`;
}

export function renderMail(content: MailContent): RenderedMail {
  return { subject: content.subject.replace(/[\r\n]+/g, ' '), text: textOf(content), html: htmlOf(content) };
}
