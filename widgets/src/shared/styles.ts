import { css, type CSSResult } from 'lit';
import { GAP_REM, MORE_ROW_EM } from 'treffpunkt-shared/widget-options';

/**
 * Look shared by both elements. Site owners theme through the documented --treffpunkt-*
 * properties; internally everything reads the --_* copies. Each default holds a light and a
 * dark colour (light-dark()); the `theme` attribute only switches color-scheme. Both palettes
 * meet WCAG AA contrast on their own surface.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--treffpunkt-accent, light-dark(#0a58ca, #8ab4f8));
    --_on-accent: var(--treffpunkt-on-accent, light-dark(#fff, #0b1b33));
    --_surface: var(--treffpunkt-surface, light-dark(#fff, #1f2023));
    --_text: var(--treffpunkt-text, light-dark(#1d1d1f, #ececf1));
    --_muted: var(--treffpunkt-muted, light-dark(#595960, #b4b4bc));
    --_border: var(--treffpunkt-border, light-dark(#d0d0d7, #4a4c52));
    --_danger: var(--treffpunkt-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--treffpunkt-radius, 0.5rem);
    --_gap: var(--treffpunkt-gap, ${GAP_REM}rem);
    color-scheme: light;
    display: block;
    /* The boxes' heights follow the element's own width (WIDGET_BOXES). */
    container-type: inline-size;
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=auto]) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  p, ul, ol, figure, blockquote, pre {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .h {
    margin: 0 0 0.4em;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .pad {
    padding: var(--_gap);
  }
  .button {
    display: inline-block;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .quiet {
    background: var(--_surface);
    color: var(--_accent);
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_gap);
    align-items: center;
  }
  /*
   * Text with a most number of lines (--_l, default 2) or one line cut with an ellipsis: the
   * boxes keep a fixed height whatever an editor wrote. Clamped titles carry the whole text in
   * their title attribute; the reader and the details show everything.
   */
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_l, 2);
    overflow: hidden;
  }
  .line {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /*
   * The box: the body and, in the same place, the face with the live region. The face shows the
   * empty or problem sentence and the site's fallback over the invisible skeleton (.ghost), which
   * keeps the place; a longer fallback scrolls inside it.
   */
  .box {
    display: grid;
    /* The content's height is the box's, not what the content would take. */
    grid-template-rows: minmax(0, 1fr);
  }
  .box > * {
    grid-area: 1 / 1;
    min-width: 0;
  }
  .face {
    height: 0;
  }
  .empty > .face, .error > .face, .offline > .face {
    height: auto;
    contain: size;
    overflow: auto;
    padding: var(--_gap);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .ghost {
    visibility: hidden;
  }
  .skeleton {
    background: var(--_border);
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.6s infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
  }
`;

/** The row under a paged list (shared/paged-list.ts) with "More …": a fixed height, whatever it holds. */
export const pagedListStyles = css`
  .more {
    display: flex;
    align-items: end;
    height: ${MORE_ROW_EM}em;
    margin: 0;
  }
`;

/** Adds `styles` to an element's shadow root, once: the styles that a file loaded later brings. */
export function adopt(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
