import { useEffect, useRef, useState } from 'react';
import { Alert, Box } from '@strapi/design-system';
import { useText } from '../translations/useText';
import { tagName, widgetAttributes, type WidgetOptions } from './snippet';

declare global {
  interface Window {
    strapi: { backendURL: string };
  }
}

let bundle: Promise<void> | undefined;

/**
 * The widget bundle the CMS serves, loaded once per admin session as a module script (the
 * admin's Content-Security-Policy allows scripts from its own origin). The widgets read the
 * API of the origin they were loaded from: this CMS.
 */
function loadWidgetBundle(): Promise<void> {
  bundle ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${window.strapi.backendURL}/treffpunkt/widgets.js`;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      bundle = undefined;
      reject(new Error('treffpunkt: widgets.js did not load'));
    };
    document.head.append(script);
  });
  return bundle;
}

/**
 * Links in the preview that would leave the admin (a report page of the site, a map, a
 * calendar file) open in a new tab; the widgets' own in-place links (reader, "more") stay.
 */
function keepAdminOpen(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!link || link.getAttribute('href')?.startsWith('#')) return;
  event.preventDefault();
  window.open(link.href, '_blank', 'noopener');
}

/** The real widget, built from the same attributes as the snippet. */
export function WidgetPreview({ options }: { options: WidgetOptions }) {
  const text = useText();
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadWidgetBundle().catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const element = document.createElement(tagName(options.widget));
    for (const [name, value] of widgetAttributes(options)) element.setAttribute(name, value);
    container.replaceChildren(element);
    container.addEventListener('click', keepAdminOpen);
    return () => container.removeEventListener('click', keepAdminOpen);
  }, [options]);

  if (failed) return <Alert variant="danger" closeLabel="×">{text('preview.bundleError')}</Alert>;
  const dark = options.theme === 'dark';
  return (
    <Box
      ref={host}
      data-testid="treffpunkt-preview"
      padding={4}
      hasRadius
      borderColor="neutral200"
      style={{ background: dark ? '#18181b' : '#ffffff', color: dark ? '#ececf1' : '#1d1d1f' }}
    />
  );
}
