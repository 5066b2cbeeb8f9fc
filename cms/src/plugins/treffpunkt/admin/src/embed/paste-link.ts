/**
 * The address a site owner pastes where editors may paste links but no code (WordPress, Ghost):
 * the widget's embed page, whose oEmbed answer frames it. Without the site's report page and
 * where links open: WordPress's frame follows links only to the Treffpunkt's own address, so
 * reports open inside the widget.
 */
import { embedUrl, type WidgetOptions } from './snippet';

export const pasteLink = (options: WidgetOptions, widgetsUrl: string) =>
  embedUrl({ ...options, hrefTemplate: '', target: '_top' }, widgetsUrl);
