import { css } from 'lit';

export const latestReportsStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_gap);
    padding: 0;
    list-style: none;
  }
  /* Cards of a row share one height, with "read more" at the bottom. */
  .grid > li, .card, .pad {
    display: flex;
    flex-direction: column;
    flex: 1;
  }
  .card > img, .cover {
    width: 100%;
    aspect-ratio: 3 / 2;
    object-fit: cover;
  }
  .pad > a {
    margin-top: auto;
    font-weight: 600;
  }
  .block {
    height: 8em;
  }
  :host([layout=list]) .grid {
    grid-template-columns: 1fr;
  }
  :host([layout=list]) li > .card {
    flex-direction: row;
  }
  :host([layout=list]) li > .card > :not(.pad) {
    width: min(30%, 10rem);
    aspect-ratio: 1;
  }
  blockquote {
    padding-left: 1em;
    border-left: 4px solid var(--_border);
  }
  p {
    white-space: pre-line;
  }
`;
