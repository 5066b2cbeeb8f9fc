/**
 * The files a report or a meeting may carry as attachments: documents a visitor opens without
 * special software, and photos. The editor rules refuse to publish others; the field's help names them.
 */
export const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument',
  'text/plain': 'Text',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** "PDF, Word, PowerPoint, …": the kinds, each once. */
export const ATTACHMENT_KINDS = [...new Set(Object.values(ATTACHMENT_TYPES))].join(', ');

export const isAttachmentType = (mime: string | null | undefined) => Boolean(mime && mime in ATTACHMENT_TYPES);
