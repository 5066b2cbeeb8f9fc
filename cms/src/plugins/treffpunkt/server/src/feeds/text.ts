/** Text as feeds carry it: without the characters XML and iCalendar refuse, and rich text as plain text. */
import type { WireBlock, WireInline } from 'treffpunkt-shared/wire';
import { safeUrl } from 'treffpunkt-shared/safe-url';

/** Characters that XML 1.0 and iCalendar TEXT do not allow (C0 controls except TAB/LF/CR, U+FFFE/F): matching them is the point. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
/** Surrogate pairs, or a lone surrogate (which no encoding can carry). */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(FORBIDDEN_CHARS, '').replace(SURROGATES, (m) => (m.length === 2 ? m : ''));
}

/** One line: no line breaks, runs of white space collapsed. */
export function oneLine(text: string | null | undefined): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

function inlineToText(children: readonly WireInline[]): string {
  return children
    .map((child) => {
      if (child.type === 'link') {
        const label = child.children.map((c) => c.text).join('');
        const url = safeUrl(child.url);
        if (!url) return label;
        const bare = url.replace(/^mailto:/, '');
        return !label.trim() || label.trim() === url || label.trim() === bare ? bare : `${label} (${bare})`;
      }
      return child.text;
    })
    .join('');
}

function blockToText(block: WireBlock): string | null {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineToText(block.children);
    case 'quote':
      return inlineToText(block.children)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return block.children
        .map((item, i) => `${block.format === 'ordered' ? `${i + 1}.` : '-'} ${inlineToText(item.children).replace(/\n/g, '\n  ')}`)
        .join('\n');
    case 'code':
      return block.text;
    case 'image':
      return block.image.caption || block.image.alt || null;
  }
}

/**
 * Rich text as plain text: one block per paragraph (separated by a blank line), list items as
 * `- item` / `1. item`, quotes prefixed with `> `, links as `label (url)`, images by caption or alt text.
 */
export function blocksToPlainText(blocks: readonly WireBlock[]): string {
  return clean(
    blocks
      .map(blockToText)
      .filter((text): text is string => text !== null)
      .map((s) => s.replace(/[ \t]+$/gm, '').trim())
      .filter((s) => s !== '')
      .join('\n\n'),
  );
}
