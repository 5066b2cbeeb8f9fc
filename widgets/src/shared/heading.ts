import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at a level chosen by the site owner. Tags cannot be bound dynamically in Lit
 * without `unsafeStatic`, so it is an ARIA heading, which assistive technology treats alike.
 * `title` holds the whole text where the styles clamp it to a few lines.
 */
export const heading = (level: number, content: unknown, id?: string, title?: string): TemplateResult =>
  html`<div role="heading" aria-level=${Math.min(6, level)} class="h" part="heading" id=${id ?? nothing}
    title=${title ?? nothing} tabindex=${id ? -1 : nothing}>${content}</div>`;
