/** The parts documents share, as Strapi stores them: media files, rich text, contacts, network references. */

export interface MediaFile {
  url: string;
  name?: string | null;
  mime?: string | null;
  /** In kilobytes, as Strapi stores it. */
  size?: number | null;
  alternativeText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  formats?: Record<string, { url: string; width: number; height: number }> | null;
}

/** A node of Strapi's blocks editor, as stored. */
export interface StrapiBlockNode {
  type: string;
  text?: string;
  url?: string;
  level?: number;
  format?: string;
  image?: MediaFile;
  children?: StrapiBlockNode[];
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

/** Each detail is public only where the editor switched on its `…Public` twin. */
export interface StoredContact {
  name?: string | null;
  namePublic?: boolean | null;
  role?: string | null;
  rolePublic?: boolean | null;
  email?: string | null;
  emailPublic?: boolean | null;
  phone?: string | null;
  phonePublic?: boolean | null;
}

export interface StoredNetworkRef {
  slug: string;
  name: string;
  /** Where the network's own website shows its reports and meetings (`{slug}`), if it does. */
  reportPageTemplate?: string | null;
  meetingPageTemplate?: string | null;
}

/** What a report or a meeting reads of its network: enough to name it and to write its documents' addresses. */
export const NETWORK_REF_FIELDS = ['slug', 'name', 'reportPageTemplate', 'meetingPageTemplate'];

export interface StoredAttachment {
  title: string;
  file?: MediaFile | null;
}

export const ATTACHMENTS_POPULATE = { populate: { file: true } };

/** Paragraphs of plain text as Strapi blocks ("write the report" and the demo write them). */
export function paragraphsToBlocks(paragraphs: string[]): StrapiBlockNode[] {
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}
