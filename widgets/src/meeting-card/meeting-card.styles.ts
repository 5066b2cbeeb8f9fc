import { css } from 'lit';
import { TWO_COLUMNS_EM } from 'treffpunkt-shared/widget-options';

/*
 * Inside a meeting card every row has a most number of lines: the title two (a narrow compact
 * card three), the date (with a series' rhythm) three, the place two, the report link two, the
 * rest one (or their button's height). The card's height depends on its width (WIDGET_BOXES),
 * and so does its layout: one column, and from TWO_COLUMNS_EM on date and place beside summary
 * and links. The summary takes what room the rows leave and is cut where it is longer; so the
 * longest content the admin accepts fits at every width. "More about this meeting" lifts all
 * limits (.open).
 */
export const meetingCardStyles = css`
  .meeting, .where, .side, .acts {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  :is(.meeting, .where, .side, .acts) > * {
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
   * What room the rows leave goes evenly above the groups (title, date, place, summary, links),
   * so that a short meeting leaves no hole; a summary longer than its room is cut, and only then
   * faded out (a scroll timeline is active only while its element overflows).
   */
  .meeting > .h, .when, .where, .fill, .acts {
    margin-top: auto;
  }
  .fill {
    flex: 0 1 auto;
    min-height: 0;
    overflow: hidden;
    animation: cut 1s both;
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
  /* Narrow: one column; a compact card, without summary, has room for a third line of title. */
  @container (width < ${TWO_COLUMNS_EM}em) {
    .side {
      display: contents;
    }
    .compact > .h {
      --_l: 3;
    }
  }
  /*
   * Wide: date and place, each a row, beside the summary (a compact card's note) and the links,
   * below the title. What room the rows leave goes evenly around each row.
   */
  @container (min-width: ${TWO_COLUMNS_EM}em) {
    .meeting {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-content: space-around;
      column-gap: var(--_gap);
    }
    .when, .where {
      margin: 0;
    }
    .tags, .meeting > .h {
      grid-column: 1 / -1;
    }
    .side {
      grid-area: 3 / 2 / 5;
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
