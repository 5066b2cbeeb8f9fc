import { FRAME_HEIGHT_MESSAGE, type FrameHeight } from './frame-message';

/**
 * widgets-frames.js: the optional one line for host pages that allow a script beside the iframe
 * code (`<script type="module" src="https://CMS/treffpunkt/widgets-frames.js"></script>`). Each
 * Treffpunkt frame on the page then takes the height its content needs. Only messages from the
 * CMS this script came from count, and only for a frame whose window sent them: no other frame
 * or window can resize anything on the page.
 */
const CMS_ORIGIN = new URL(import.meta.url).origin;
const TALLEST = 20_000;

addEventListener('message', (event: MessageEvent<Partial<FrameHeight> | null>) => {
  if (event.origin !== CMS_ORIGIN || event.data?.type !== FRAME_HEIGHT_MESSAGE) return;
  const { height } = event.data;
  if (typeof height !== 'number' || !(height > 0 && height <= TALLEST)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});
