import { html, nothing } from 'lit';
import type { WireBlock, WireInline, WireText } from 'treffpunkt-shared/wire';
import { heading } from '../shared/heading';
import { safeUrl } from '../shared/safe-url';
import { figure } from './figure';

/**
 * Editor content rendered with Lit templates only: every string lands in a text node or an
 * attribute binding, never in innerHTML, so markup in a report stays text.
 */

type Content = unknown;

function text(node: WireText): Content {
  let out: Content = node.text;
  if (node.code) out = html`<code>${out}</code>`;
  if (node.strikethrough) out = html`<s>${out}</s>`;
  if (node.underline) out = html`<u>${out}</u>`;
  if (node.italic) out = html`<em>${out}</em>`;
  if (node.bold) out = html`<strong>${out}</strong>`;
  return out;
}

function inline(node: WireInline): Content {
  if (node.type !== 'link') return text(node);
  const href = safeUrl(node.url);
  const label = node.children.map(text);
  return href ? html`<a href=${href}>${label}</a>` : label;
}

const inlines = (nodes: WireInline[] | undefined) => (nodes ?? []).map(inline);

/**
 * One block. `level` is the heading level of the surrounding content, so an editor's
 * "heading 2" becomes the next level below it; types we do not know are dropped.
 */
function block(node: WireBlock, level: number): Content {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${inlines(node.children)}</p>`;
    case 'heading':
      return heading(level + Math.max(1, node.level - 1), inlines(node.children));
    case 'list': {
      const items = node.children.map((item) => html`<li>${inlines(item.children)}</li>`);
      return node.format === 'ordered' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'quote':
      return html`<blockquote>${inlines(node.children)}</blockquote>`;
    case 'code':
      return html`<pre><code>${node.text}</code></pre>`;
    case 'image':
      return figure(node.image);
  }
  return nothing;
}

export const richText = (blocks: WireBlock[] | undefined, level: number) => (blocks ?? []).map((node) => block(node, level));
