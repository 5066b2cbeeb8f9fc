import { css } from 'lit';
import { TWO_COLUMNS_EM } from 'treffpunkt-shared/widget-options';

/*
 * Inside a meeting card every row has a most number of lines: the title two, the date (with a
 * series' rhythm) three, the place two, the report link two, the rest one (or their button's
 * height). The card's height depends on its width (WIDGET_BOXES), and so does its layout: one
 * column, and from the third width step two, the date and place beside the text. The summary
 * takes what room the rows leave and is cut where it is longer; so the longest content the admin
 * accepts fits at every width. "More about this meeting" lifts all limits (.open).
 */
export const meetingCardStyles = css`
  .meeting, .info, .side, .acts {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .meeting > *, .info > *, .side > *, .acts > * {
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
  .fill {
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
  /* A compact card has no summary, only a note when there is one. */
  .compact .fill:empty {
    display: none;
  }
  /* Narrow: one column. A compact card spreads its room between all its rows. */
  @container (width < ${TWO_COLUMNS_EM}em) {
    .side, .compact .info, .compact .acts {
      display: contents;
    }
    .compact {
      justify-content: space-between;
    }
  }
  /*
   * Wide: date and place beside the summary and the links, below the title; in a compact card
   * the title is above date and place, its note and links beside them all. What room the rows
   * leave goes evenly above, between and below them.
   */
  @container (min-width: ${TWO_COLUMNS_EM}em) {
    .meeting {
      display: grid;
      grid: 't t' 'h h' 'i s' minmax(0, auto) / minmax(0, 1fr) minmax(0, 1fr);
      align-content: space-evenly;
      column-gap: var(--_gap);
    }
    .compact {
      grid-template-areas: 't s' 'h s' 'i s';
    }
    .tags {
      grid-area: t;
    }
    .meeting > .h {
      grid-area: h;
    }
    .info {
      grid-area: i;
      margin: 0;
    }
    .side {
      grid-area: s;
      min-height: 0;
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
