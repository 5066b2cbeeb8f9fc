import { css } from 'lit';

/*
 * Inside a meeting card every row has a most number of lines: the title two, the date (with a
 * series' rhythm) three, the place two, the report link two, the rest one (or their button's
 * height); the summary fills what is left of the card's height and fades out where it is cut. So
 * the longest content the admin accepts fits, in a 280px column too, and a short meeting leaves
 * the room to the summary. "More about this meeting" lifts all limits (.open).
 */
export const meetingCardStyles = css`
  .meeting {
    display: flex;
    flex-direction: column;
  }
  .meeting > * {
    flex: none;
    margin-bottom: 0.5em;
  }
  .meeting > :last-child {
    margin-bottom: 0;
  }
  .meeting > .h {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .when {
    --_l: 3;
    font-weight: 600;
  }
  .rhythm {
    font-weight: 400;
  }
  .fill {
    flex: 1 1 0;
    min-height: 0;
    overflow: hidden;
    mask-image: linear-gradient(#000 calc(100% - 1.5em), #0000);
  }
  .open .fill {
    flex: none;
    mask-image: none;
  }
  .open .clamp, .open .line, .meeting.open > .h {
    display: block;
    white-space: normal;
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
