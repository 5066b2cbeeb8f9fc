/**
 * The HTML of an embed page: the element as the server rendered it, the answer it was rendered
 * with (so the script takes it instead of asking again), the script that hydrates it, and the
 * frame's suggested height. No inline script: the page's Content-Security-Policy allows scripts
 * from the CMS only, and the answers are data (`type="application/json"`), not script.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import {
  EMBED_PADDING_PX,
  THEME_COLOR_SCHEMES,
  WIDGET_TITLES,
  type LinkTarget,
  type Theme,
  type WidgetKind,
} from 'treffpunkt-shared/widget-options';
import type { Locale } from 'treffpunkt-shared/wire';
import { htmlPage } from './html';

const PROBLEMS = {
  de: {
    400: 'Diese Einbettung ist nicht richtig eingestellt',
    404: 'Nicht gefunden',
    500: 'Gerade nicht erreichbar',
    fix: 'Den Code bitte auf der Seite „Einbetten“ im Treffpunkt-Admin neu erzeugen und kopieren.',
    later: 'Bitte später noch einmal versuchen.',
  },
  en: {
    400: 'This embed is not set up correctly',
    404: 'Not found',
    500: 'Not available right now',
    fix: 'Please make the code again on the "Embed" page of the Treffpunkt admin and copy it.',
    later: 'Please try again later.',
  },
} as const;

// Transparent, so the frame takes the host page's background; room for the focus ring.
const STYLE = `html,body{margin:0;background:transparent}body{padding:${EMBED_PADDING_PX}px;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f}`;

/** JSON inside a <script> element: `<` escaped, so no text of an answer can end the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

interface EmbedPage {
  widget: WidgetKind;
  locale: Locale;
  target: LinkTarget;
  theme: Theme;
  /** The rendered element (its markup is the renderer's, every editor text escaped there). */
  element: string;
  /** The element's first request and its answer. */
  answers: Record<string, unknown>;
  script: string;
  frameHeight: number;
  /** The page's oEmbed answer: pasted into WordPress or Ghost, the address becomes this frame. */
  oembed: string;
}

export function embedPage({ widget, locale, target, theme, element, answers, script, frameHeight, oembed }: EmbedPage): string {
  const title = WIDGET_TITLES[locale][widget];
  const head = [
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(title)}">`,
    `<meta name="color-scheme" content="${THEME_COLOR_SCHEMES[theme]}">`,
    // Links leave the frame, even without JavaScript; a report's own link (the reader) stays.
    `<base target="${target}">`,
    `<meta name="treffpunkt-frame-height" content="${frameHeight}">`,
    `<script type="application/json" id="treffpunkt-answers">${scriptJson(answers)}</script>`,
    `<script type="module" src="${escapeHtml(script)}"></script>`,
  ].join('\n');
  return htmlPage({ locale, title, style: STYLE, head, body: element });
}

/** A problem, in the frame where the content would be: what is wrong and what to do. */
export function embedProblemPage(locale: Locale, status: 400 | 404 | 500, message: string): string {
  const text = PROBLEMS[locale];
  const hint = status === 500 ? text.later : text.fix;
  return htmlPage({
    locale,
    title: text[status],
    style: STYLE,
    body: `<p role="alert"><strong>${escapeHtml(text[status])}.</strong> ${escapeHtml(message)}</p>\n<p>${escapeHtml(hint)}</p>`,
  });
}
