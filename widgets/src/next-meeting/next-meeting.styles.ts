import { css } from 'lit';

/*
 * The card's height is fixed: 32em (compact 29em), in every state, and ../widgets.css reserves
 * the same before the script runs. The rows inside keep to it: ../meeting-card/meeting-card.styles.ts.
 */
export const nextMeetingStyles = css`
  .box {
    height: 32em;
  }
  :host([layout=compact]) .box {
    height: 29em;
  }
  .box.open {
    height: auto;
  }
  .body, .body > .card {
    height: 100%;
  }
`;
