import { css, type CSSResult } from 'lit';
import { readerStyles } from '../details/details';
import { meetingCardStyles } from '../meeting-card/meeting-card.styles';
import { baseStyles } from '../shared/styles';

/**
 * A page of its own, without a shadow root: what the elements' styles say of their host
 * (`:host`, `:host([theme=dark])`) is said of the page's root element, so the page looks like
 * the widgets with the same rules.
 */
const onPage = (styles: CSSResult[]) =>
  styles
    .map((style) => style.cssText)
    .join('\n')
    .replace(/:host(?:\(([^)]*)\))?/g, (_, selector?: string) => `:root${selector ?? ''}`);

const layout = css`
  :root {
    color-scheme: light dark;
    background: var(--_surface);
  }
  body {
    max-width: 48rem;
    margin: 0 auto;
    padding: 1rem;
    font: 1rem/1.5 system-ui, sans-serif;
  }
  h1 {
    margin: 0.5rem 0 1rem;
    font-size: 2rem;
    line-height: 1.2;
  }
  h2 {
    margin: 2rem 0 0.75rem;
    font-size: 1.4rem;
  }
  h3 {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.1rem;
  }
  .top, .bottom {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-bottom: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .bottom {
    margin-top: 3rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
    border-bottom: 0;
  }
  .site {
    font-weight: 700;
  }
  .lead {
    font-size: 1.15em;
  }
  .logo img {
    max-width: 10rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    list-style: none;
  }
  .gallery .h {
    font-size: 1.1em;
  }
  .lines {
    padding-left: 1.2em;
  }
  .lines > li {
    margin-bottom: 0.5em;
  }
  [aria-current] {
    font-weight: 700;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .search input {
    min-width: min(100%, 16rem);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  /* The meeting is shown whole: the card's button that opens and closes it has nothing to do here. */
  .meeting > p:has(> [part=more]) {
    display: none;
  }
`;

export const PAGE_STYLES = onPage([baseStyles, meetingCardStyles, readerStyles, layout]);
