/** What an embed page posts to the page framing it: its content's height in CSS pixels. */
export const FRAME_HEIGHT_MESSAGE = 'treffpunkt-frame-height';

export interface FrameHeight {
  type: typeof FRAME_HEIGHT_MESSAGE;
  height: number;
}
