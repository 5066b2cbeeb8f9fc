import { css, unsafeCSS } from 'lit';
import { atWidthSteps, WIDGET_BOXES } from 'treffpunkt-shared/widget-options';

/*
 * The card's height is fixed in every state at each width (WIDGET_BOXES), and widgets.css
 * reserves the same before the script runs. The rows inside keep to it: ../meeting-card/meeting-card.styles.ts.
 */
export const nextMeetingStyles = css`
  ${unsafeCSS(
    atWidthSteps(
      [
        ['.box', WIDGET_BOXES['next-meeting'].card],
        [':host([layout=compact]) .box', WIDGET_BOXES['next-meeting'].compact],
      ],
      (rowEm) => `height:${rowEm}em`,
    ),
  )}
  /* As specific as the compact box, and after it. */
  :host .box.open {
    height: auto;
  }
  .body, .body > .card {
    height: 100%;
  }
  /*
   * "Follow" over the card's top corner: the row of kind and status, and a sentence instead of the
   * card, keep clear of it. A margin, not a padding: the row clips what it cuts (a status badge's
   * border too) at its edge, and a padding would let that show under the button.
   */
  .follow {
    place-self: start end;
    margin: var(--_gap);
  }
  .tags, .box > .face {
    margin-right: 5rem;
  }
`;
