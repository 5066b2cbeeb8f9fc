/**
 * The widgets' third file, loaded once an element has its content: what a page needs then but
 * not to show it. The shown meetings' structured data for search engines, and what fills the
 * room a complete list leaves.
 */
export { publishJsonLd } from './meeting-card/json-ld';
export { fillRoom } from './free-room/free-room';
