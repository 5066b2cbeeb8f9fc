/**
 * A source's rich text as the blocks an editor's text is stored in (Strapi's blocks), so that it
 * meets the same rules on its way out (wire/parts.ts): only the blocks the widgets render, links
 * only to http(s) and mailto. A website's HTML is parsed with htmlparser2 (forgiving, as feeds
 * need) and walked: scripts, styles, frames, forms and everything else that is no text, list,
 * quote, code or image are dropped with their content; attributes other than a link's address and
 * an image's are never read. Another Treffpunkt's blocks are taken over the same way.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import type { WireBlock, WireInline } from 'treffpunkt-shared/wire';
import type { StrapiBlockNode } from '../repositories/stored-parts';
import { remoteImageOf, storedImage, type RemoteImage } from './media';

/** Nothing a visitor reads, or something we do not show: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'base',
]);
const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const MARKS: Record<string, 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code'> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};
/** Elements that hold blocks; everything else not named here is inline. */
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'dd',
  'dt',
  'center',
  'address',
]);
/** A source's text is bounded as an editor's is by the form: no feed entry is a book. */
const MOST_BLOCKS = 400;

type Marks = Partial<Record<(typeof MARKS)[keyof typeof MARKS], true>>;
type Inline = StrapiBlockNode;

/** An image's address and text, before its address is checked (media.ts). */
export interface FoundImage extends RemoteImage {
  type: 'found-image';
}

export type ParsedBlock = StrapiBlockNode | FoundImage;

const collapse = (text: string) => text.replace(/\s+/g, ' ');

function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) return node.name === 'br' ? '\n' : node.children.map(textOf).join('');
  return '';
}

class BlockWriter {
  readonly blocks: ParsedBlock[] = [];
  private inline: Inline[] = [];
  /** Inside a heading, list item or quote (which hold text only): their images follow them. */
  private collecting = 0;
  private deferred: ParsedBlock[] = [];

  constructor(private readonly baseUrl: string | undefined) {}

  private push(block: ParsedBlock) {
    if (this.blocks.length < MOST_BLOCKS) this.blocks.push(block);
  }

  /** Ends the paragraph being written, when it has text. */
  flush() {
    const children = trimInlines(this.inline);
    this.inline = [];
    if (children.length > 0) this.push({ type: 'paragraph', children });
  }

  private inlines(nodes: ChildNode[], marks: Marks): Inline[] {
    const saved = this.inline;
    this.inline = [];
    this.collecting++;
    nodes.forEach((node) => this.visitInline(node, marks));
    this.collecting--;
    const collected = trimInlines(this.inline);
    this.inline = saved;
    return collected;
  }

  /** A block's images, after the block. */
  private pushDeferred() {
    const deferred = this.deferred;
    this.deferred = [];
    deferred.forEach((block) => this.push(block));
  }

  private visitInline(node: ChildNode, marks: Marks): void {
    if (isText(node)) {
      this.inline.push({ type: 'text', text: collapse(node.data), ...marks });
      return;
    }
    if (!isTag(node) || DROPPED.has(node.name)) return;
    if (node.name === 'br') return void this.inline.push({ type: 'text', text: '\n', ...marks });
    if (node.name === 'img') return this.image(node);
    if (node.name === 'a') return this.link(node, marks);
    if (isBlockElement(node) && this.collecting === 0) return this.visitBlock(node);
    // A paragraph inside a quote or list item: its text, on a line of its own.
    if (isBlockElement(node) && this.inline.length > 0) this.inline.push({ type: 'text', text: '\n' });
    const mark = MARKS[node.name];
    node.children.forEach((child) => this.visitInline(child, mark ? { ...marks, [mark]: true } : marks));
  }

  private link(node: Element, marks: Marks) {
    const url = safeUrl(node.attribs.href, this.baseUrl);
    const children = this.inlines(node.children, marks).filter((child) => child.type === 'text');
    if (!url || children.length === 0) return void this.inline.push(...children);
    this.inline.push({ type: 'link', url, children });
  }

  private image(node: Element) {
    const url = safeUrl(node.attribs.src, this.baseUrl);
    if (!url || url.startsWith('mailto:')) return;
    if (this.collecting === 0) this.flush();
    const size = (value: string | undefined) => (/^\d+$/.test(value ?? '') ? Number(value) : null);
    const image: FoundImage = {
      type: 'found-image',
      url,
      alternativeText: collapse(node.attribs.alt ?? '').trim(),
      caption: null,
      width: size(node.attribs.width),
      height: size(node.attribs.height),
    };
    if (this.collecting > 0) this.deferred.push(image);
    else this.push(image);
  }

  visitBlock(node: ChildNode): void {
    if (!isTag(node)) return this.visitInline(node, {});
    if (DROPPED.has(node.name)) return;
    if (!isBlockElement(node)) return this.visitInline(node, {});
    this.flush();
    const level = HEADINGS[node.name];
    if (level) {
      const children = this.inlines(node.children, {});
      if (children.length > 0) this.push({ type: 'heading', level, children });
    } else if (node.name === 'ul' || node.name === 'ol') {
      const items = listItems(node).map((item) => ({ type: 'list-item', children: this.inlines(item.children, {}) }));
      const children = items.filter((item) => item.children.length > 0);
      if (children.length > 0) this.push({ type: 'list', format: node.name === 'ol' ? 'ordered' : 'unordered', children });
    } else if (node.name === 'blockquote') {
      const children = trimInlines(this.inlines(node.children, {}));
      if (children.length > 0) this.push({ type: 'quote', children });
    } else if (node.name === 'pre') {
      const text = textOf(node).replace(/^\n|\n$/g, '');
      if (text.trim()) this.push({ type: 'code', children: [{ type: 'text', text }] });
    } else {
      node.children.forEach((child) => this.visitBlock(child));
    }
    this.flush();
    this.pushDeferred();
  }
}

function isBlockElement(node: Element): boolean {
  return CONTAINERS.has(node.name) || node.name in HEADINGS || ['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr'].includes(node.name);
}

/** A list's items, those of lists inside it too: the widgets show one level. */
function listItems(list: Element): Element[] {
  return list.children.filter(isTag).flatMap((child) => {
    if (child.name === 'ul' || child.name === 'ol') return listItems(child);
    if (child.name !== 'li') return [];
    const nested = child.children.filter(
      (grandchild): grandchild is Element => isTag(grandchild) && ['ul', 'ol'].includes(grandchild.name),
    );
    const own = { ...child, children: child.children.filter((grandchild) => !nested.includes(grandchild as Element)) } as Element;
    return [own, ...nested.flatMap(listItems)];
  });
}

/** Without leading and trailing spaces and empty text; adjacent texts of the same marks joined. */
function trimInlines(nodes: Inline[]): Inline[] {
  const joined: Inline[] = [];
  for (const node of nodes) {
    const last = joined.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last, node)) last.text = (last.text ?? '') + (node.text ?? '');
    else joined.push({ ...node });
  }
  const first = joined[0];
  if (first?.type === 'text') first.text = first.text?.replace(/^[ \n]+/, '');
  const last = joined.at(-1);
  if (last?.type === 'text') last.text = last.text?.replace(/[ \n]+$/, '');
  return joined.filter((node) => node.type !== 'text' || node.text !== '');
}

function sameMarks(a: Inline, b: Inline): boolean {
  return Object.values(MARKS).every((mark) => Boolean(a[mark]) === Boolean(b[mark]));
}

/** A website's HTML as blocks (images still to be checked); relative links resolve against `baseUrl`. */
export function htmlToBlocks(html: string, baseUrl?: string): ParsedBlock[] {
  const writer = new BlockWriter(baseUrl);
  parseDocument(html, { decodeEntities: true }).children.forEach((node) => writer.visitBlock(node));
  writer.flush();
  return writer.blocks;
}

/** The plain text of a piece of HTML (a feed's summary), in one line. */
export function htmlToText(html: string): string {
  return collapse(
    parseDocument(html, { decodeEntities: true })
      .children.filter((node) => !(isTag(node) && DROPPED.has(node.name)))
      .map(textOf)
      .join(' '),
  ).trim();
}

function fromWireInline(inline: WireInline): Inline {
  if (inline.type === 'link') {
    const url = safeUrl(inline.url);
    const children = inline.children.map(fromWireInline);
    return url ? { type: 'link', url, children } : { type: 'text', text: children.map((child) => child.text).join('') };
  }
  const { type: _text, text, ...marks } = inline;
  return { type: 'text', text: String(text), ...Object.fromEntries(Object.entries(marks).filter(([mark]) => mark in MARKS_BY_NAME)) };
}

const MARKS_BY_NAME = Object.fromEntries(Object.values(MARKS).map((mark) => [mark, true]));

/** Another Treffpunkt's blocks (the wire format) as blocks; their images still to be checked. */
export function wireToBlocks(blocks: WireBlock[] | null | undefined): ParsedBlock[] {
  return (blocks ?? []).slice(0, MOST_BLOCKS).flatMap((block): ParsedBlock[] => {
    switch (block.type) {
      case 'paragraph':
      case 'quote':
      case 'heading': {
        const children = trimInlines(block.children.map(fromWireInline));
        if (children.length === 0) return [];
        return [block.type === 'heading' ? { type: 'heading', level: block.level, children } : { type: block.type, children }];
      }
      case 'list': {
        const children = block.children.map((item) => ({ type: 'list-item', children: item.children.map(fromWireInline) }));
        return children.length > 0 ? [{ type: 'list', format: block.format, children }] : [];
      }
      case 'code':
        return block.text ? [{ type: 'code', children: [{ type: 'text', text: block.text }] }] : [];
      case 'image':
        return [{ type: 'found-image', ...remoteImageOf(block.image)! }];
      default:
        return [];
    }
  });
}

/** The blocks with their images checked: an image whose address is refused is left out. */
export async function withCheckedImages(blocks: ParsedBlock[], keep: (image: RemoteImage) => Promise<RemoteImage | null>) {
  const checked = await Promise.all(
    blocks.map(async (block) => {
      if (block.type !== 'found-image') return block as StrapiBlockNode;
      const { type: _found, ...image } = block as FoundImage;
      const kept = await keep(image);
      return kept ? ({ type: 'image', image: storedImage(kept), children: [{ type: 'text', text: '' }] } as StrapiBlockNode) : null;
    }),
  );
  return checked.filter((block): block is StrapiBlockNode => block !== null);
}
