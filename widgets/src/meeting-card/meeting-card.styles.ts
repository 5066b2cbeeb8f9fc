import { css } from 'lit';
import { WIDTH_STEPS_EM } from 'treffpunkt-shared/widget-options';

/*
 * Inside a meeting card every row has a most number of lines: the title two, the date (with a
 * series' rhythm) three, the place two, the report link two, the rest one (or their button's
 * height). The card's height depends on its width (WIDGET_BOXES), and so does its layout: one
 * column, and from the third width step two, the date and place beside the text. The summary
 * takes what room the rows leave and is cut where it is longer; so the longest content the admin
 * accepts fits at every width. "More about this meeting" lifts all limits (.open).
 */
export const meetingCardStyles = css`
  .meeting, .info, .acts {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .meeting > *, .info > *, .acts > * {
    flex: none;
    margin: 0;
  }
  .when {
    --_l: 3;
    font-weight: 600;
  }
  .rhythm {
    font-weight: 400;
  }
  /*
   * What room the rows leave goes evenly between the groups (title, date and place, summary,
   * links), so that a short meeting leaves no hole; a summary longer than its room is cut, and
   * only then faded out (a scroll timeline is active only while its element overflows).
   */
  .info, .fill, .acts {
    margin-top: auto;
  }
  .meeting > .fill {
    flex: 0 1 auto;
    min-height: 0;
    overflow: hidden;
    animation: cut 1s linear both;
    animation-timeline: scroll(self);
  }
  @keyframes cut {
    from, to {
      mask-image: linear-gradient(#000 calc(100% - 1.5em), #0000);
    }
  }
  .open .clamp, .open .line {
    display: block;
    white-space: normal;
  }
  /* A compact card has no summary, only a note when there is one: its room goes between all its rows. */
  .compact > .fill:empty {
    display: none;
  }
  @container (width < ${WIDTH_STEPS_EM[3]}em) {
    .compact {
      justify-content: space-between;
    }
    .compact > .info, .compact > .acts {
      display: contents;
    }
  }
  @container (min-width: ${WIDTH_STEPS_EM[3]}em) {
    .meeting {
      display: grid;
      grid: auto auto minmax(0, 1fr) auto auto / minmax(0, 1fr) minmax(0, 1fr);
      column-gap: var(--_gap);
    }
    .tags, .meeting > .h {
      grid-column: 1 / -1;
    }
    .info {
      grid-area: 3 / 1 / 5;
      margin: 0;
    }
    .fill {
      grid-area: 3 / 2;
    }
    .acts {
      grid-area: 4 / 2;
    }
    .details {
      grid-area: 5 / 1 / 6 / 3;
    }
  }
  .details > ul, .facts {
    padding-left: 1.2em;
  }
  .tags > * {
    margin-right: 0.6em;
  }
  .badge {
    padding: 0 0.6em;
    border: 1px solid;
    border-radius: 1em;
  }
  .cancelled {
    color: var(--_danger);
  }
  .relative {
    color: var(--_accent);
  }
`;
