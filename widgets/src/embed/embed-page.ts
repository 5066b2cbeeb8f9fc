/**
 * The script of the embed pages (/treffpunkt/embed/<widget>), widgets-embed.js: the page arrives
 * with the element already rendered by the server (see server-render.ts) and its first answer
 * written into it; this script hydrates that markup, so the element behaves like the widget on any
 * page (the reader, "more reports", "try again") and tells the host page its height. Links leave
 * the frame by the page's `<base target>`; a report's own link stays (see latest-reports.ts).
 * Framed by WordPress, the page speaks WordPress's embed protocol (wordpress-embed.ts).
 *
 * Lit's hydration support must run before Lit itself: modules run in the order of these imports.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './page-answers';
import './wordpress-embed';
import '../index';
import './frame-height';
