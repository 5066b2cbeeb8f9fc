/**
 * Rich text as HTML for feed readers: nothing but escaped text, a fixed set of tags and checked
 * URLs. The `feed` package puts it into CDATA with `type="html"`, so what we return *is* HTML to
 * the reader.
 */
import type { WireBlock, WireImage, WireInline } from 'treffpunkt-shared/wire';
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import { clean } from './text';

/** Text as HTML, without the characters XML cannot carry; the result never contains `]]>`. */
export function htmlText(text: string | null | undefined): string {
  return escapeHtml(clean(text));
}

function inlineToHtml(children: readonly WireInline[]): string {
  return children
    .map((child) => {
      if (child.type === 'link') {
        const inner = inlineToHtml(child.children);
        const url = safeUrl(child.url);
        return url ? `<a href="${htmlText(url)}">${inner || htmlText(url)}</a>` : inner;
      }
      let html = htmlText(child.text).replace(/\r?\n/g, '<br/>');
      if (child.code) html = `<code>${html}</code>`;
      if (child.bold) html = `<strong>${html}</strong>`;
      if (child.italic) html = `<em>${html}</em>`;
      if (child.underline) html = `<u>${html}</u>`;
      if (child.strikethrough) html = `<s>${html}</s>`;
      return html;
    })
    .join('');
}

export function imageToHtml(image: WireImage | null | undefined): string {
  const src = image ? safeUrl(image.url) : null;
  if (!image || !src || src.startsWith('mailto:')) return '';
  const size = image.width && image.height ? ` width="${Math.round(image.width)}" height="${Math.round(image.height)}"` : '';
  const caption = image.caption ? `<figcaption>${htmlText(image.caption)}</figcaption>` : '';
  return `<figure><img src="${htmlText(src)}" alt="${htmlText(image.alt)}"${size}/>${caption}</figure>`;
}

function blockToHtml(block: WireBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineToHtml(block.children)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Math.trunc(Number(block.level)) || 2));
      return `<h${level}>${inlineToHtml(block.children)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${inlineToHtml(block.children)}</p></blockquote>`;
    case 'list': {
      const tag = block.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${block.children.map((item) => `<li>${inlineToHtml(item.children)}</li>`).join('')}</${tag}>`;
    }
    case 'code':
      return `<pre><code>${htmlText(block.text)}</code></pre>`;
    case 'image':
      return imageToHtml(block.image);
    default:
      return '';
  }
}

export function blocksToHtml(blocks: readonly WireBlock[]): string {
  return blocks.map(blockToHtml).join('\n');
}
