import { FRAME_HEIGHT_MESSAGE, type FrameHeight } from './frame-message';

/**
 * Tells the page that frames this one how tall the content is, whenever that changes (a report
 * opens, "more reports" appends). Any page may frame the embed pages, so the message goes to any
 * origin: a height is all it says. widgets-frames.js, on the host page, resizes the frame.
 */
if (parent !== window) {
  const root = document.documentElement;
  new ResizeObserver(() => {
    const message: FrameHeight = { type: FRAME_HEIGHT_MESSAGE, height: Math.ceil(root.getBoundingClientRect().height) };
    parent.postMessage(message, '*');
  }).observe(root);
}
