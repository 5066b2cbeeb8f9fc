/**
 * The live preview: the snippet itself, in a frame of its own. The frame is a page like the
 * site owner's (normal font size, no admin styles), it loads the real widget bundle from this
 * CMS (the admin's Content-Security-Policy allows scripts from its own origin) and the widget
 * reads the real published content. Links the widget does not handle itself open in a new tab.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useText } from '../translations/useText';
import { snippet, type WidgetOptions } from './snippet';

declare global {
  interface Window {
    strapi: { backendURL: string };
  }
}

const MIN_HEIGHT = 200;

function previewDocument(options: WidgetOptions): string {
  const dark = options.theme === 'dark';
  const bundle = `${window.strapi.backendURL}/treffpunkt/widgets.js`;
  return `<!doctype html><html lang="${options.lang}"><head><meta charset="utf-8"><base target="_blank">
<style>body{margin:0;padding:16px;font:16px/1.5 system-ui,sans-serif;background:${dark ? '#18181b' : '#fff'};color:${dark ? '#ececf1' : '#1d1d1f'}}</style>
</head><body>${snippet(options, bundle)}</body></html>`;
}

/** Keeps the frame as tall as its page, which grows when the widget has loaded or a report opens. */
function useFittedHeight() {
  const [height, setHeight] = useState(MIN_HEIGHT);
  const observer = useRef<ResizeObserver>();
  const fit = useCallback((frame: HTMLIFrameElement) => {
    observer.current?.disconnect();
    const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
    const body = frame.contentDocument?.body;
    if (!frameWindow || !body) return;
    observer.current = new frameWindow.ResizeObserver(() => setHeight(Math.max(MIN_HEIGHT, body.scrollHeight + 32)));
    observer.current.observe(body);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return { height, fit };
}

export function WidgetPreview({ options }: { options: WidgetOptions }) {
  const text = useText();
  const { height, fit } = useFittedHeight();
  return (
    <iframe
      title={text('preview.frame')}
      srcDoc={previewDocument(options)}
      onLoad={(event) => fit(event.currentTarget)}
      style={{ width: '100%', height, border: '1px solid #dcdce4', borderRadius: 4, display: 'block' }}
    />
  );
}
