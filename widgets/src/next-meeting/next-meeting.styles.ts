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
  .actions {
    margin-top: var(--_gap);
  }
  /* Roughly the height of a meeting card, so the page does not jump when it arrives. */
  .block {
    height: 16em;
  }
  :host([layout=compact]) .block {
    height: 8em;
  }
`;
