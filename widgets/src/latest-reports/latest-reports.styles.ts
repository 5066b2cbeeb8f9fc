import { css } from 'lit';
import { WIDGET_BOXES } from 'treffpunkt-shared/widget-options';

/*
 * Fixed heights (WIDGET_BOXES), the same in the cards, their skeletons and widgets.css:
 * - cards: one row of cards that scrolls sideways, and the row of "more reports" below; a
 *   scroll bar, where the system shows one, takes its room from the summary, not the page;
 * - list: `limit` rows (free rows stay) and the same row below.
 * In a card the cover (cards: 9em), two lines of title, one of date and network and one of
 * "read more" have fixed regions, and the summary fills the rest, faded where it is cut.
 */
export const latestReportsStyles = css`
  .grid {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host(:not([layout=list])) .grid {
    height: ${WIDGET_BOXES['latest-reports'].cards.rowEm[0]}em;
    grid-auto-flow: column;
    grid-auto-columns: minmax(min(100%, 15em), 1fr);
    overflow: auto hidden;
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
  }
  :host(:not([layout=list])) .grid > li {
    scroll-snap-align: start;
  }
  :host([layout=list]) .grid {
    grid-auto-rows: ${WIDGET_BOXES['latest-reports'].list.rowEm[0]}em;
  }
  .grid > li, .card, .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  .grid .card {
    flex: 1;
  }
  li > .card > :first-child {
    flex: none;
    width: 100%;
    height: 9em;
    object-fit: cover;
  }
  /* In place of a missing cover. */
  .cover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  .text {
    flex: 1;
  }
  .text > * {
    flex: none;
  }
  .text > .h {
    height: 2lh;
  }
  .text > .meta {
    height: 1lh;
  }
  .text > .summary {
    flex: 1 1 0;
    min-height: 0;
    overflow: hidden;
    mask-image: linear-gradient(#000 calc(100% - 1.5em), #0000);
  }
  .text > :last-child {
    height: 1lh;
    margin: 0;
    font-weight: 600;
  }
  :host([layout=list]) li > .card {
    flex-direction: row;
  }
  :host([layout=list]) li > .card > :not(.pad) {
    width: min(30%, 10rem);
    height: auto;
  }
`;
