/**
 * Issues 4 and 12: the bundle's compressed size, and in headless Chromium how soon a visitor of a
 * website sees the widgets' content, next to the least any page could do. A small server on
 * another origin than the CMS (as a real website is) serves three pages, each with the same two
 * widgets (the latest reports of one demo network, the next meeting of another):
 * - "snippet": the two snippets exactly as the admin's embed page writes them (its own code,
 *   admin/src/embed/snippet.ts): stylesheet, preload of the first answer, module script, element;
 * - "floor": a bare inline script that fetches the same two answers (the snippets' preload
 *   addresses) and writes their titles into the page;
 * - "iframe": the admin's iframe code for both, the embed pages rendered by the CMS.
 * Nothing intercepts a request: the page's own resource timing and an observer the bench adds
 * before any of the page's scripts (in every frame) say when what happened, and the bench runs
 * nothing in a page before that observer has said on the console that the content is there.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../../test/support/chromium.mjs';
import { loadTypeScript } from './typescript.mjs';

/** Issue 4: "at most 12 KB gzipped", as 12 KiB (gzip -9 of the file). */
export const GZIP_BUDGET_BYTES = 12 * 1024;
/** Issue 12: content with the snippet at most this many times the bare fetch's time, on a phone. */
const FLOOR_RATIO_TARGET = 1.2;
const PHONE = { width: 390, height: 844 };
/**
 * Where a visitor sees the widgets: a screen size and, for a phone on a mobile network, that
 * network as Chromium's network service emulates it (Lighthouse's mobile setting: 150 ms round
 * trip, 1.6 Mbit/s down, 750 kbit/s up). The emulation delays and meters every request alike
 * and intercepts none; there the bytes a page loads count, compressed as they travel.
 */
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: PHONE },
  // Without the iframes: their pages come from another site, in another renderer, which this emulation does not reach.
  'phone, mobile network': {
    viewport: PHONE,
    pages: ['snippet', 'floor'],
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 },
  },
};
const PAGES = ['snippet', 'floor', 'iframe'];
const WIDGETS = [
  { widget: 'latest-reports', network: 'jetzt' },
  { widget: 'next-meeting', network: 'bke' },
];
/** The frames that show content: the page itself, or each embed page. */
const CONTENT_FRAMES = { snippet: 1, floor: 1, iframe: WIDGETS.length };
/** What a frame's observer writes on the console when its content is there. */
const CONTENT_SIGNAL = 'treffpunkt-bench: content';
const LANG = 'de';
const TAGS = ['treffpunkt-latest-reports', 'treffpunkt-next-meeting', 'treffpunkt-upcoming-meetings'];
/** The page of another origin: a loopback address other than the CMS's 127.0.0.1, so another site too. */
const SITE_HOST = '127.0.0.2';
const CONTENT_TIMEOUT_MS = 15_000;
/** After the content is there, late shifts (images arriving) still count. */
const SETTLE_MS = 1000;

const { defaultOptions, iframeCode, snippet, withWidget } = loadTypeScript('embed-snippet', [
  'cms/src/plugins/treffpunkt/admin/src/embed/snippet.ts',
]);

export function bundleSizes(file) {
  const body = readFileSync(file);
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { bytes: body.length, gzip, brotli, gzipBudget: GZIP_BUDGET_BYTES };
}

const HTML_ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeHtml = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity]);

/** The address a snippet preloads: the widget's first request, as the element itself will ask for it. */
function preloadedUrl(snippetHtml) {
  const href = /<link rel="preload"[^>]* href="([^"]+)"/.exec(snippetHtml)?.[1];
  if (!href) throw new Error(`The admin's snippet has no preload any more:\n${snippetHtml}`);
  return unescapeHtml(href);
}

/** An association's page with a heading and a little text, and `content` where the site owner pasted it. */
const sitePage = (content) => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Unser Verein</title>
<link rel="icon" href="data:,">
<style>body{margin:0 auto;max-width:60rem;padding:1rem;font:16px/1.5 system-ui,sans-serif;color:#222}</style>
</head>
<body>
<header><h1>Unser Verein</h1><p>Wir treffen uns regelmäßig und berichten hier von unseren Treffen.</p></header>
<main>
${content}
</main>
<footer><p>Impressum · Datenschutz</p></footer>
</body>
</html>
`;

/** The least a page can do for the same content: ask for both answers at once and write each title as it arrives. */
function floorScript(urls) {
  return `<p data-floor-title></p>
<p data-floor-title></p>
<script type="module">
const slots = document.querySelectorAll('[data-floor-title]');
${JSON.stringify(urls)}.forEach(async (url, index) => {
  const answer = await (await fetch(url)).json();
  slots[index].textContent = [answer.data].flat()[0].title;
});
</script>`;
}

/** The three pages, from the admin's own snippet and iframe code for the CMS at `cmsUrl`. */
function benchPages(cmsUrl) {
  const widgetsUrl = new URL('/treffpunkt/widgets.js', cmsUrl).href;
  const options = WIDGETS.map(({ widget, network }) => withWidget(defaultOptions(network, LANG), widget));
  const snippets = options.map((option) => snippet(option, widgetsUrl));
  const apiUrls = snippets.map(preloadedUrl);
  return {
    pages: {
      snippet: sitePage(snippets.join('\n')),
      floor: sitePage(floorScript(apiUrls)),
      iframe: sitePage(options.map((option) => iframeCode(option, widgetsUrl)).join('\n')),
    },
    widgetsUrl,
    apiUrls,
  };
}

/** Serves the pages as a website would, never cached. */
export async function startSite(pages) {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url, 'http://site').pathname.slice(1)];
    response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(page ?? 'not found');
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, SITE_HOST, resolve));
  return { origin: `http://${SITE_HOST}:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Runs in every frame before any of its scripts. Records layout shifts, when the widgets' elements
 * were defined (the bundle has run), and the moment the content is there, polled once per frame so
 * the time is that of the first frame that can show it: every widget's shadow root has left its
 * loading state (the frame's `aria-busy` is false) or, on the floor page, every title is written.
 */
function observePage({ tags, signal }) {
  const bench = { cls: 0, shifts: [], contentAt: null, definedAt: null, settledAt: {}, widgets: 0, withContent: 0 };
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
  Promise.any(tags.map((tag) => customElements.whenDefined(tag))).then(() => (bench.definedAt = performance.now()));

  const settled = (widget) => widget.shadowRoot?.querySelector('[part="base"][aria-busy="false"]');
  // The frame shows a visible message only for the empty, error and offline states.
  const showsContent = (widget) => !widget.shadowRoot.querySelector('[part="message"]:not(.vh)');
  const poll = () => {
    const widgets = [...document.querySelectorAll(tags.join(','))];
    for (const widget of widgets) if (settled(widget)) bench.settledAt[widget.localName] ??= performance.now();
    const titles = [...document.querySelectorAll('[data-floor-title]')];
    const done =
      widgets.length > 0 ? widgets.every(settled) : titles.length > 0 && titles.every((title) => title.textContent.trim() !== '');
    if (done) {
      Object.assign(bench, {
        contentAt: performance.now(),
        widgets: widgets.length || titles.length,
        withContent: widgets.length > 0 ? widgets.filter(showsContent).length : titles.length,
      });
      // Tells the bench without it reaching into the page (see visit()).
      console.debug(signal);
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** What a frame observed, with its resource timing, all in ms after the top page's navigation started. */
async function readFrame(frame, topTimeOrigin, cmsOrigin) {
  const { timeOrigin, bench, documentArrivedAt, resources } = await frame.evaluate(
    (origin) => ({
      timeOrigin: performance.timeOrigin,
      bench: window.__treffpunktBench,
      documentArrivedAt: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
      resources: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(origin))
        .map(({ name, initiatorType, startTime, responseEnd }) => ({ name, initiatorType, startTime, responseEnd })),
    }),
    cmsOrigin,
  );
  const shift = timeOrigin - topTimeOrigin;
  const at = (ms) => (ms === null ? null : ms + shift);
  return {
    ...bench,
    contentAt: at(bench.contentAt),
    definedAt: at(bench.definedAt),
    documentArrivedAt: at(documentArrivedAt),
    settledAt: Object.fromEntries(Object.entries(bench.settledAt).map(([tag, ms]) => [tag, at(ms)])),
    resources: resources.map((entry) => ({ ...entry, startTime: at(entry.startTime), responseEnd: at(entry.responseEnd) })),
  };
}

/**
 * Resolves once `frames` frames have said on the console that their content is there. Until then
 * the bench runs nothing in the page: Playwright's own script, which any evaluation in a frame
 * first puts there, takes the page's main thread for 10 to 50 ms.
 */
function contentSignals(page, frames) {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const stop = () => (clearTimeout(timer), page.off('console', onConsole));
    const onConsole = (message) => {
      if (message.text() !== CONTENT_SIGNAL || ++seen < frames) return;
      stop();
      resolve();
    };
    const timer = setTimeout(
      () => (stop(), reject(new Error(`No content after ${CONTENT_TIMEOUT_MS} ms: ${page.url()}`))),
      CONTENT_TIMEOUT_MS,
    );
    page.on('console', onConsole);
  });
}

/** One visit in a fresh browser context (nothing cached). Its time: navigation → all content there. */
async function visit(browser, url, contentFrames, { viewport, network }, cmsOrigin) {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript(observePage, { tags: TAGS, signal: CONTENT_SIGNAL });
    const page = await context.newPage();
    if (network) await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', network);
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const shown = contentSignals(page, contentFrames);
    await page.goto(url, { waitUntil: 'load' });
    await shown;
    const topTimeOrigin = await page.evaluate(() => performance.timeOrigin);
    const frames = page.frames().length > 1 ? page.frames().filter((frame) => frame !== page.mainFrame()) : [page.mainFrame()];
    const observed = [];
    for (const frame of frames) observed.push(await readFrame(frame, topTimeOrigin, cmsOrigin));
    await page.waitForTimeout(SETTLE_MS);
    const { cls, shifts } = await page.evaluate(() => window.__treffpunktBench);
    return {
      contentAt: Math.max(...observed.map((frame) => frame.contentAt)),
      definedAt: observed[0].definedAt,
      // The page itself, or (with iframes) the last embed page.
      documentArrivedAt: Math.max(...observed.map((frame) => frame.documentArrivedAt)),
      settledAt: Object.assign({}, ...observed.map((frame) => frame.settledAt)),
      widgets: observed.reduce((sum, frame) => sum + frame.widgets, 0),
      withContent: observed.reduce((sum, frame) => sum + frame.withContent, 0),
      // The host page's shifts, and any inside the frames.
      cls: cls + (frames[0] === page.mainFrame() ? 0 : observed.reduce((sum, frame) => sum + frame.cls, 0)),
      shifts,
      resources: observed.flatMap((frame) => frame.resources),
      warnings,
    };
  } finally {
    await context.close();
  }
}

const round = (ms) => (ms === null || ms === undefined ? null : Math.round(ms));
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

/**
 * Where one visit's time went: when the page (with iframes: the last embed page) had arrived,
 * when the bundle had arrived and had run, when the API requests
 * started and were answered (each, and the last), when each widget showed its content, and how
 * many requests each answer took (1: the preload's answer was used; 2: the element asked again).
 */
function timeline(load, { widgetsUrl, apiUrls }) {
  const entriesOf = (url) => load.resources.filter((entry) => entry.name === url);
  const bundle = entriesOf(widgetsUrl)[0];
  const api = apiUrls.map(entriesOf);
  const starts = api.flatMap((entries) => entries.map((entry) => entry.startTime));
  const answered = api.map((entries) => (entries.length ? Math.min(...entries.map((entry) => entry.responseEnd)) : null));
  return {
    documentArrivedAt: load.documentArrivedAt,
    bundleArrivedAt: bundle?.responseEnd ?? null,
    definedAt: load.definedAt,
    apiFirstStartAt: starts.length ? Math.min(...starts) : null,
    apiLastStartAt: starts.length ? Math.max(...starts) : null,
    ...Object.fromEntries(apiUrls.map((url, i) => [`answered ${new URL(url).pathname}`, answered[i]])),
    apiAnsweredAt: answered.includes(null) ? null : Math.max(...answered),
    ...Object.fromEntries(TAGS.filter((tag) => tag in load.settledAt).map((tag) => [`settled ${tag}`, load.settledAt[tag]])),
    requestsPerAnswer: Math.max(...api.map((entries) => entries.length)),
    contentAt: load.contentAt,
  };
}

function summarize(loads, urls) {
  const times = loads.map((load) => load.contentAt);
  const timelines = loads.map((load) => timeline(load, urls));
  const medianTimeline = Object.fromEntries(
    Object.keys(timelines[0]).map((key) => {
      const values = timelines.map((entry) => entry[key]).filter((value) => value !== null && value !== undefined);
      return [key, values.length === timelines.length ? round(medianOf(values)) : null];
    }),
  );
  return {
    loads: loads.length,
    widgets: loads[0].widgets,
    withContent: Math.min(...loads.map((load) => load.withContent)),
    navigationToContentMs: { median: round(medianOf(times)), max: round(Math.max(...times)), all: times.map(round) },
    timeline: {
      median: medianTimeline,
      requestsPerAnswer: Math.max(...timelines.map((entry) => entry.requestsPerAnswer)),
      // The preload did its job when the answers were asked for before the bundle was there.
      apiStartedBeforeBundleArrived: timelines.filter(
        (entry) => entry.bundleArrivedAt !== null && entry.apiLastStartAt < entry.bundleArrivedAt,
      ).length,
    },
    cls: { max: Math.max(...loads.map((load) => load.cls)) },
    shifts: groupShifts(loads),
    preloadWarnings: [...new Set(loads.flatMap((load) => load.warnings).filter((text) => /preload/i.test(text)))],
  };
}

/** Per viewport the pages' medians and the ratios to the floor, from visits `i` of each page taken together. */
function compare(byPage, loads) {
  const ratio = (page) => byPage[page].navigationToContentMs.median / byPage.floor.navigationToContentMs.median;
  const paired = (page) =>
    medianOf(
      Array.from({ length: loads }, (_, i) => byPage[page].navigationToContentMs.all[i] / byPage.floor.navigationToContentMs.all[i]),
    );
  const two = (value) => Math.round(value * 100) / 100;
  const iframe = 'iframe' in byPage;
  return {
    snippetOverFloor: two(ratio('snippet')),
    iframeOverFloor: iframe ? two(ratio('iframe')) : null,
    // The same, as the median of one round's ratios: less moved by the machine getting busier during the run.
    pairedSnippetOverFloor: two(paired('snippet')),
    pairedIframeOverFloor: iframe ? two(paired('iframe')) : null,
  };
}

/**
 * `loads` visits of each page per viewport, interleaved (snippet, floor, iframe, then starting one
 * further each round), each in a fresh browser context, after one untimed visit of each that fills
 * the CMS's response cache, as a visited page has it.
 * @returns {Promise<{ skipped: string } | { site: string, urls: object, viewports: Record<string, object> }>}
 */
export async function measureInBrowser(cmsUrl, loads) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH` };
  const { pages, ...urls } = benchPages(cmsUrl);
  const cmsOrigin = new URL(cmsUrl).origin;
  const site = await startSite(pages);
  const browser = await launchChromium();
  try {
    const pageUrl = (page) => `${site.origin}/${page}`;
    for (const page of PAGES) await visit(browser, pageUrl(page), CONTENT_FRAMES[page], VIEWPORTS.desktop, cmsOrigin);
    const viewports = {};
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const pagesHere = viewport.pages ?? PAGES;
      const visits = Object.fromEntries(pagesHere.map((page) => [page, []]));
      for (let i = 0; i < loads; i++) {
        const order = pagesHere.map((_, k) => pagesHere[(i + k) % pagesHere.length]);
        for (const page of order) visits[page].push(await visit(browser, pageUrl(page), CONTENT_FRAMES[page], viewport, cmsOrigin));
      }
      const byPage = Object.fromEntries(pagesHere.map((page) => [page, summarize(visits[page], urls)]));
      viewports[name] = { ...byPage, ratios: compare(byPage, loads) };
    }
    return { site: site.origin, urls, floorRatioTarget: FLOOR_RATIO_TARGET, viewports };
  } finally {
    await browser.close();
    await site.close();
  }
}
