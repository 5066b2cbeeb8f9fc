import { css } from 'lit';
import { WIDGET_BOXES } from 'treffpunkt-shared/widget-options';

/*
 * Fixed heights (WIDGET_BOXES), the same in the rows, their skeletons and widgets.css: `limit`
 * rows (date and time, title, place: a line each) with the gap between them, and the row of "more
 * meetings". The opened meeting is a card of its natural height (../meeting-card).
 */
export const upcomingMeetingsStyles = css`
  /* The opened row grows with its card. */
  .grid {
    display: grid;
    grid-auto-rows: minmax(${WIDGET_BOXES['upcoming-meetings'][''].rowEm[0]}em, auto);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li > *, .skeleton {
    height: 100%;
  }
  .item {
    display: grid;
    width: 100%;
    height: 100%;
    padding: 0.5em var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item > .h {
    margin: 0;
    font-size: 1em;
  }
  .item > :first-child {
    font-weight: 600;
  }
  /* On one line; where it is too narrow the date ends in "…", never the status: a cancelled date stays marked. */
  .when {
    display: flex;
    gap: 0.4em;
    min-width: 0;
  }
  .badge {
    flex: none;
    font-weight: 400;
  }
  /* "Follow" in the row of "more meetings", at its end. */
  .follow {
    place-self: end;
  }
`;
