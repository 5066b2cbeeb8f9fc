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
    min-width: 0;
  }
  li > .card > :first-child {
    width: 100%;
    aspect-ratio: 3 / 2;
    object-fit: cover;
  }
  /* In place of a missing cover. */
  .cover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  /*
   * A card's regions have fixed heights, in the card and in its skeleton alike: the cover by its
   * aspect ratio, two lines of title, one of date and network, three of summary, one of "read
   * more". So a card's height depends on its width only, and the skeleton reserves it exactly.
   */
  .text > .h {
    -webkit-line-clamp: 2;
    height: 2lh;
  }
  .text > .meta {
    height: 1lh;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .text > .summary {
    height: 3lh;
  }
  .text > :last-child {
    height: 1lh;
    margin-top: auto;
    font-weight: 600;
  }
  .more {
    display: flex;
    min-height: calc(2.5em + 4px);
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
