/**
 * How the widgets sit in the width they get, for the widget tests and the bench alike: the widths
 * they are looked at, the demo page's elements, and how empty a widget looks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO_PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms/src/demo/site.html');

/** From a 280px sidebar to a 1280px column. */
export const WIDTHS = [280, 390, 768, 1280];

/** The most of a widget's height a band without text or image may take, on the demo's content. */
export const EMPTY_BAND_TARGET = 0.15;

/**
 * The widgets of the demo page (cms/src/demo/site.html) as it writes them, without what the site
 * put inside (the fallback), each with `attributes` added (e.g. the CMS to ask).
 * @param {string} [attributes]
 * @returns {string[]}
 */
export function demoWidgets(attributes = '') {
  const tags = readFileSync(DEMO_PAGE, 'utf8').match(/<treffpunkt-[\w-]+\b[^>]*>/g) ?? [];
  return tags.map((tag) => {
    const name = /^<([\w-]+)/.exec(tag)?.[1];
    return `${tag.replace(/>$/, `${attributes ? ` ${attributes}` : ''}>`)}</${name}>`;
  });
}

/**
 * Whether the page's widgets are done: each has left its loading state, and each list that shows
 * all it has also shows what fills its room (the links in its "more" row). Runs in the page:
 * `page.waitForFunction(widgetsSettled)`.
 */
export function widgetsSettled() {
  return [...document.querySelectorAll('treffpunkt-next-meeting, treffpunkt-latest-reports, treffpunkt-upcoming-meetings')].every(
    (element) => {
      const root = element.shadowRoot;
      const done = root?.querySelector('[part=base]')?.getAttribute('aria-busy') === 'false';
      return (
        done && (element.localName === 'treffpunkt-next-meeting' || !root?.querySelector('[part=list]') || root.querySelector('.more > *'))
      );
    },
  );
}

/**
 * How empty a widget looks: the tallest horizontal band of the element with neither text nor an
 * image in it, as a visitor sees it. Text counts by the rectangles of its lines (a text node's
 * client rects), not by the boxes around it, and only where no ancestor with hidden overflow
 * cuts it off (a clamped title's cut lines, a visually hidden label); images count by their box.
 * The bands between the element's top and its first line, and below its last, count too. And
 * whether any text is drawn over another: lines of different text nodes that cover each other
 * by more than half a line.
 *
 * Runs in the page: `locator.evaluate(emptyBand)`.
 * @param {Element} element
 * @returns {{ height: number, band: number, share: number, overlaps: string[] }} the element's
 *   height, the band's (CSS px), its share of the height, and the texts drawn over others
 */
export function emptyBand(element) {
  const box = element.getBoundingClientRect();
  /** @type {{ top: number, bottom: number, left: number, right: number, node: Node }[]} */
  const lines = [];

  /** The parent in the flat tree: the host of a shadow root. @param {Node} node */
  const parentOf = (node) => node.parentElement ?? /** @type {ShadowRoot} */ (node.getRootNode()).host ?? null;

  /** What of `rect` (of `node`, in an element `from`) its ancestors up to the widget let show. */
  const shown = (/** @type {DOMRect} */ rect, /** @type {Element | null} */ from, /** @type {Node} */ node) => {
    let [top, bottom, left, right] = [rect.top, rect.bottom, rect.left, rect.right];
    for (let clipper = from; clipper && clipper !== element; clipper = parentOf(clipper)) {
      const style = getComputedStyle(clipper);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = clipper.getBoundingClientRect();
      [top, bottom, left, right] = [
        Math.max(top, clip.top),
        Math.min(bottom, clip.bottom),
        Math.max(left, clip.left),
        Math.min(right, clip.right),
      ];
    }
    [top, bottom] = [Math.max(top, box.top), Math.min(bottom, box.bottom)];
    // A visually hidden text is cut down to a pixel.
    if (bottom - top > 1 && right - left > 1) lines.push({ top: top - box.top, bottom: bottom - box.top, left, right, node });
  };

  /** @param {Node} node */
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || getComputedStyle(parent).visibility !== 'visible') return;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) shown(rect, parent, node);
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.localName === 'img' && getComputedStyle(node).visibility === 'visible')
      shown(node.getBoundingClientRect(), parentOf(node), node);
    const slotted = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : [];
    const children = node.shadowRoot ? node.shadowRoot.childNodes : slotted.length ? slotted : node.childNodes;
    for (const child of children) visit(child);
  };
  visit(element);

  lines.sort((a, b) => a.top - b.top);
  let band = 0;
  let reached = 0;
  for (const { top, bottom } of lines) {
    band = Math.max(band, top - reached);
    reached = Math.max(reached, bottom);
  }
  band = Math.max(band, box.height - reached);

  const overlaps = [];
  for (const [i, a] of lines.entries()) {
    for (const b of lines.slice(i + 1)) {
      const texts = a.node.nodeType === Node.TEXT_NODE && b.node.nodeType === Node.TEXT_NODE;
      if (b.top >= a.bottom || !texts || a.node === b.node) continue;
      const height = Math.min(a.bottom, b.bottom) - b.top;
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      if (width > 1 && height > Math.min(a.bottom - a.top, b.bottom - b.top) / 2)
        overlaps.push(`${a.node.textContent?.trim()} / ${b.node.textContent?.trim()}`);
    }
  }
  return { height: box.height, band, share: box.height ? band / box.height : 0, overlaps };
}
