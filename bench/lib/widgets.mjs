/**
 * Issue 4's budget: the bundle's compressed size, and on the demo page in headless Chromium the
 * time from the bundle's first statement to every widget showing its content, and the layout
 * shift (CLS) the widgets cause.
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../../test/support/chromium.mjs';

/** Issue 4: "at most 12 KB gzipped", as 12 KiB (gzip -9 of the file). */
export const GZIP_BUDGET_BYTES = 12 * 1024;
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const SCRIPT_START_MARK = 'treffpunkt:script-start';
const RENDER_TIMEOUT_MS = 15_000;
/** After the last widget rendered, late shifts (images arriving) still count. */
const SETTLE_MS = 1000;

export function bundleSizes(file) {
  const body = readFileSync(file);
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { bytes: body.length, gzip, brotli, gzipBudget: GZIP_BUDGET_BYTES };
}

/**
 * Runs in the page before any of its scripts: records layout shifts, and the moment every
 * widget's shadow root has left its loading state (the frame's `aria-busy` turns false),
 * polled once per frame, so the time is that of the first frame that shows the content.
 */
function instrumentPage() {
  const bench = { cls: 0, shifts: [], renderedAt: null, widgets: 0, withContent: 0 };
  window.__treffpunktBench = bench;
  const describe = (node) => {
    if (!node) return 'unknown';
    const host = node.getRootNode?.().host;
    const part = node.getAttribute?.('part');
    return `${node.nodeName.toLowerCase()}${part ? `[part=${part}]` : ''}${host ? ` in ${host.nodeName.toLowerCase()}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      bench.shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: entry.sources.map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const widgets = () => [...document.querySelectorAll('treffpunkt-latest-reports, treffpunkt-next-meeting')];
  const settled = (widget) => widget.shadowRoot?.querySelector('[part="base"][aria-busy="false"]');
  // The frame shows a visible message only for the empty, error and offline states.
  const showsContent = (widget) => !widget.shadowRoot.querySelector('[part="message"]:not(.vh)');
  const poll = () => {
    const all = widgets();
    if (all.length > 0 && all.every(settled)) {
      Object.assign(bench, { renderedAt: performance.now(), widgets: all.length, withContent: all.filter(showsContent).length });
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Marks the bundle's first statement: "script start". Other origins are cut off, so nothing outside the bench is timed. */
async function routeRequests(context, cmsOrigin) {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== cmsOrigin) return route.abort();
    if (!/^\/treffpunkt\/widgets(-[^/]+)?\.js$/.test(url.pathname)) return route.continue();
    const response = await route.fetch();
    const body = `performance.mark(${JSON.stringify(SCRIPT_START_MARK)});\n${await response.text()}`;
    return route.fulfill({ response, body });
  });
}

async function loadOnce(browser, pageUrl, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    await routeRequests(context, new URL(pageUrl).origin);
    await context.addInitScript(instrumentPage);
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__treffpunktBench.renderedAt !== null, null, { timeout: RENDER_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const measured = await page.evaluate((mark) => {
      const [start] = performance.getEntriesByName(mark);
      return { ...window.__treffpunktBench, scriptStart: start?.startTime };
    }, SCRIPT_START_MARK);
    if (measured.scriptStart === undefined) throw new Error(`${pageUrl} did not load the bundle from /treffpunkt/widgets.js`);
    return measured;
  } finally {
    await context.close();
  }
}

const round = (ms) => Math.round(ms);
const medianOf = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Shifts grouped by the nodes that moved: how often, how much on average, and when (ms after navigation). */
function groupShifts(loads) {
  const groups = new Map();
  for (const shift of loads.flatMap((load) => load.shifts)) {
    const key = shift.sources.join(', ');
    const group = groups.get(key) ?? { sources: key, count: 0, total: 0, from: Infinity, to: 0 };
    Object.assign(group, {
      count: group.count + 1,
      total: group.total + shift.value,
      from: Math.min(group.from, shift.at),
      to: Math.max(group.to, shift.at),
    });
    groups.set(key, group);
  }
  return [...groups.values()].map(({ total, ...group }) => ({ ...group, meanValue: total / group.count }));
}

function summarize(loads) {
  const toRendered = loads.map((load) => load.renderedAt - load.scriptStart);
  return {
    loads: loads.length,
    widgets: loads[0].widgets,
    withContent: Math.min(...loads.map((load) => load.withContent)),
    scriptStartToRenderedMs: { median: round(medianOf(toRendered)), max: round(Math.max(...toRendered)) },
    navigationToScriptStartMs: { median: round(medianOf(loads.map((load) => load.scriptStart))) },
    navigationToRenderedMs: { median: round(medianOf(loads.map((load) => load.renderedAt))) },
    cls: { max: Math.max(...loads.map((load) => load.cls)) },
    shifts: groupShifts(loads),
  };
}

/**
 * `loads` fresh page loads per viewport (each in a new browser context: nothing cached in the
 * browser) after one untimed load that fills the CMS's response cache, as a visited page has it.
 * @returns {Promise<{ skipped: string } | Record<string, ReturnType<typeof summarize>>>}
 */
export async function measureInBrowser(pageUrl, loads) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH` };
  const page = await fetch(pageUrl);
  if (!page.ok) return { skipped: `${pageUrl} answered ${page.status}: ${(await page.text()).slice(0, 120)}` };
  const browser = await launchChromium();
  try {
    await loadOnce(browser, pageUrl, VIEWPORTS.desktop);
    const results = {};
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const measured = [];
      for (let i = 0; i < loads; i++) measured.push(await loadOnce(browser, pageUrl, viewport));
      results[name] = summarize(measured);
    }
    return results;
  } finally {
    await browser.close();
  }
}
