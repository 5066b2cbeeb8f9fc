/**
 * Text as HTML: the characters that could end an attribute or start a tag, as entities. The one
 * escape of the plugin: the server's pages and feeds and the admin's embed snippet use it.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
