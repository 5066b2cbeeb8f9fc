import { css } from 'lit';

export const nextMeetingStyles = css`
  .when {
    font-weight: 600;
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
  /*
   * The skeleton and the card reserve the height of a typical meeting (the summary is clamped),
   * so the page does not move when it arrives; only a longer one grows. README's snippet for
   * the page reserves the same height before the script runs. Registration, calendar and the
   * last report sit at the card's foot.
   */
  .meeting {
    display: flex;
    flex-direction: column;
    min-height: 27em;
  }
  :host([layout=compact]) .meeting {
    min-height: 24em;
  }
  .foot {
    margin-top: auto;
  }
  .foot > :last-child {
    margin-bottom: 0;
  }
`;
