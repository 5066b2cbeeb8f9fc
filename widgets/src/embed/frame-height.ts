import { FRAME_HEIGHT_MESSAGE, type FrameHeight } from './frame-message';
import { contentHeight, tellWordPressHeight } from './wordpress-embed';

/**
 * Tells the page that frames this one how tall the content is, whenever that changes (a report
 * opens, "more reports" appends). Any page may frame the embed pages, so the message goes to any
 * origin: a height is all it says. widgets-frames.js, on the host page, resizes the frame;
 * WordPress does when it framed the page (wordpress-embed.ts).
 */
if (parent !== window) {
  new ResizeObserver(() => {
    const height = contentHeight();
    const message: FrameHeight = { type: FRAME_HEIGHT_MESSAGE, height };
    parent.postMessage(message, '*');
    tellWordPressHeight(height);
  }).observe(document.documentElement);
}
