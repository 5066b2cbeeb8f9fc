import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at a level chosen by the site owner. Tags cannot be bound dynamically in Lit
 * without `unsafeStatic`, so it is an ARIA heading, which assistive technology treats alike.
 * With `title`, the whole text, the styles clamp it to a few lines (.clamp) and a pointer shows
 * it whole.
 */
export const heading = (level: number, content: unknown, id?: string, title?: string): TemplateResult =>
  html`<div role="heading" aria-level=${Math.min(6, level)} class=${title ? 'h clamp' : 'h'} part="heading" id=${id ?? nothing}
    title=${title ?? nothing} tabindex=${id ? -1 : nothing}>${content}</div>`;
