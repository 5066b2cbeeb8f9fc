/**
 * The parts documents share, in the wire format: images, rich text, contacts, network references.
 * Only public fields, absolute and checked URLs, rich text reduced to the blocks the widgets render.
 */
import type {
  WireAttachment,
  WireBlock,
  WireContact,
  WireImage,
  WireImageFormat,
  WireInline,
  WireListItem,
  WireNetworkRef,
  WireText,
} from 'treffpunkt-shared/wire';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import type { MediaFile, StoredAttachment, StoredContact, StoredNetworkRef, StrapiBlockNode } from '../repositories/stored-parts';

export function toWireImage(file: MediaFile | null | undefined, baseUrl: string): WireImage | null {
  if (!file) return null;
  const url = safeUrl(file.url, baseUrl);
  if (!url) return null;
  const formats: WireImageFormat[] = Object.values(file.formats ?? {})
    .map((format) => ({ url: safeUrl(format.url, baseUrl), width: format.width, height: format.height }))
    .filter((format): format is WireImageFormat => format.url !== null && format.width > 0);
  if (file.width && file.height) formats.push({ url, width: file.width, height: file.height });
  formats.sort((a, b) => a.width - b.width);
  return {
    url,
    alt: file.alternativeText?.trim() ?? '',
    width: file.width ?? null,
    height: file.height ?? null,
    caption: file.caption?.trim() || null,
    formats,
  };
}

/** Attachments whose file is there and reachable by an allowed address; Strapi stores sizes in kilobytes. */
export function toWireAttachments(attachments: StoredAttachment[] | null | undefined, baseUrl: string): WireAttachment[] {
  return (attachments ?? []).flatMap(({ title, file }) => {
    const url = file && safeUrl(file.url, baseUrl);
    if (!file || !url) return [];
    return [
      {
        title: title.trim() || file.name || '',
        url,
        name: file.name ?? '',
        mime: file.mime ?? '',
        size: Math.round((file.size ?? 0) * 1000),
      },
    ];
  });
}

export function toWireImages(files: MediaFile[] | null | undefined, baseUrl: string): WireImage[] {
  return (files ?? []).map((file) => toWireImage(file, baseUrl)).filter((image): image is WireImage => image !== null);
}

const MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;

function toWireText(node: StrapiBlockNode): WireText {
  const text: WireText = { type: 'text', text: node.text ?? '' };
  for (const mark of MARKS) if (node[mark]) text[mark] = true;
  return text;
}

function plainText(nodes: StrapiBlockNode[] | undefined): string {
  return (nodes ?? []).map((node) => node.text ?? plainText(node.children)).join('');
}

/** Links with a URL we do not allow become their plain text. */
function toWireInlines(nodes: StrapiBlockNode[] | undefined, baseUrl: string): WireInline[] {
  return (nodes ?? []).flatMap((node): WireInline[] => {
    if (node.type !== 'link') return [toWireText(node)];
    const url = safeUrl(node.url, baseUrl);
    const children = (node.children ?? []).map(toWireText);
    return url ? [{ type: 'link', url, children }] : children;
  });
}

function toWireListItems(nodes: StrapiBlockNode[] | undefined, baseUrl: string): WireListItem[] {
  // Nested lists are flattened into their parent: the widgets show one level.
  return (nodes ?? []).flatMap((node) =>
    node.type === 'list'
      ? toWireListItems(node.children, baseUrl)
      : [{ type: 'list-item' as const, children: toWireInlines(node.children, baseUrl) }],
  );
}

function toWireBlock(node: StrapiBlockNode, baseUrl: string): WireBlock | null {
  switch (node.type) {
    case 'paragraph':
    case 'quote':
      return { type: node.type, children: toWireInlines(node.children, baseUrl) };
    case 'heading': {
      const level = Math.min(6, Math.max(1, node.level ?? 2)) as 1 | 2 | 3 | 4 | 5 | 6;
      return { type: 'heading', level, children: toWireInlines(node.children, baseUrl) };
    }
    case 'list':
      return {
        type: 'list',
        format: node.format === 'ordered' ? 'ordered' : 'unordered',
        children: toWireListItems(node.children, baseUrl),
      };
    case 'code':
      return { type: 'code', text: plainText(node.children) };
    case 'image': {
      const image = toWireImage(node.image, baseUrl);
      return image ? { type: 'image', image } : null;
    }
    default:
      return null;
  }
}

export function toWireBlocks(blocks: unknown, baseUrl: string): WireBlock[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.map((node) => toWireBlock(node as StrapiBlockNode, baseUrl)).filter((block): block is WireBlock => block !== null);
}

const CONTACT_DETAILS = ['name', 'role', 'email', 'phone'] as const;

/** Only the details an editor marked public; null when none is. */
export function toWireContact(contact: StoredContact | null | undefined): WireContact | null {
  if (!contact) return null;
  const wire: WireContact = {};
  for (const detail of CONTACT_DETAILS) {
    const value = contact[detail]?.trim();
    if (value && contact[`${detail}Public`]) wire[detail] = value;
  }
  return Object.keys(wire).length > 0 ? wire : null;
}

export function toNetworkRef(network: StoredNetworkRef): WireNetworkRef {
  return { slug: network.slug, name: network.name };
}

export function trimmedOrNull(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
