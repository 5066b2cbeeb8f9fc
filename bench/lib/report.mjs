/**
 * Prints the bench's figures as Markdown tables (for bench/README.md) and checks them
 * against the targets of issues 3, 4, 11 and 12.
 */
const TARGET = {
  timesRest: 10,
  shareOfHealth: 0.6,
  p99TimesHealth: 2,
  uncachedLargeOverDemo: 3,
};

const number = (value) => (value === undefined || value === null ? '–' : value.toLocaleString('en-US'));
const times = (ratio) => `${ratio.toFixed(1)}×`;
const percent = (ratio) => `${Math.round(ratio * 100)}%`;
const failures = (run) => run.errors + run.timeouts + run.non2xx;

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

const describeDocuments = ({ reports, events, series, networks }) =>
  `${number(reports)} reports, ${number(events)} events (${number(series)} series), ${number(networks)} networks`;

function loadSection(title, phase) {
  const runRow = (label, run) => [
    label,
    number(run.requestsPerSecond),
    number(run.p50),
    number(run.p99),
    number(run.errors),
    number(run.timeouts),
    number(run.non2xx),
  ];
  const rows = Object.entries(phase.load.questions).flatMap(([name, { ours, rest }]) => [
    runRow(`${name}: treffpunkt`, ours),
    ...(rest ? [runRow(`${name}: Strapi REST`, rest)] : []),
  ]);
  rows.push(runRow('Strapi /_health', phase.load.health));
  const notes = Object.entries(phase.load.questions)
    .filter(([, { answers }]) => !answers.same)
    .map(([name, { answers }]) => `Note: for "${name}" the REST route answered [${answers.rest}], ours [${answers.ours}].`);
  return [
    `### ${title}: ${describeDocuments(phase.documents)}; network "${phase.network}"`,
    '',
    table(['route', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'timeouts', 'non-2xx'], rows),
    ...notes,
  ].join('\n');
}

function uncachedSection(demo, large) {
  const rows = Object.keys(demo.uncached).map((name) => {
    const [d, l] = [demo.uncached[name], large.uncached[name]];
    return [name, number(d.median), number(d.p90), number(l.median), number(l.p90), times(l.median / d.median)];
  });
  const index = large.searchIndex;
  return [
    '### Uncached requests: response cache emptied before each, one at a time (median and p90 in ms)',
    '',
    table(['route', 'demo median', 'demo p90', 'large median', 'large p90', 'large / demo'], rows),
    ...(index
      ? [
          '',
          `The generated database's search index, built as at an upgraded install's start: ${number(index.reports)} reports in ${number(index.ms)} ms.`,
        ]
      : []),
  ].join('\n');
}

function bundleSection(bundle) {
  return [
    '### Widget bundle',
    '',
    table(
      ['file', 'bytes', 'gzip -9', 'brotli'],
      [['widgets/dist/widgets.js', number(bundle.bytes), number(bundle.gzip), number(bundle.brotli)]],
    ),
  ].join('\n');
}

const ms = (value) => (value === null ? '–' : number(value));
const ratioText = (ratio, paired) => (ratio === null ? '–' : `${ratio.toFixed(2)}× (${paired.toFixed(2)}×)`);
/** The pages a website shows the widgets with (the floor is a bare script, for comparison). */
const WIDGET_PAGES = ['snippet', 'iframe'];

function timelineRows(viewports) {
  return Object.entries(viewports).flatMap(([viewport, pages]) =>
    ['snippet', 'floor'].map((page) => {
      const { median, requestsPerAnswer, apiStartedBeforeBundleArrived } = pages[page].timeline;
      return [
        `${viewport} · ${page}`,
        `${ms(median.apiFirstStartAt)}–${ms(median.apiLastStartAt)}`,
        ms(median.apiAnsweredAt),
        ms(median.bundleArrivedAt),
        ms(median.definedAt),
        ms(median.contentAt),
        number(requestsPerAnswer),
        page === 'snippet' ? `${apiStartedBeforeBundleArrived} of ${pages[page].loads}` : '–',
      ];
    }),
  );
}

function browserSection(browser) {
  if (browser.skipped) return `### Widgets in Chromium\n\nNot measured: ${browser.skipped}`;
  const { viewports } = browser;
  const rows = Object.entries(viewports).map(([viewport, pages]) => [
    viewport,
    ...['snippet', 'floor', 'iframe'].map((page) =>
      pages[page] ? `${number(pages[page].navigationToContentMs.median)} / ${number(pages[page].navigationToContentMs.max)}` : '–',
    ),
    ratioText(pages.ratios.snippetOverFloor, pages.ratios.pairedSnippetOverFloor),
    ratioText(pages.ratios.iframeOverFloor, pages.ratios.pairedIframeOverFloor),
    ...WIDGET_PAGES.map((page) => pages[page]?.cls.max.toFixed(4) ?? '–'),
  ]);
  const shifts = Object.entries(viewports).flatMap(([viewport, pages]) =>
    WIDGET_PAGES.filter((page) => pages[page]).flatMap((page) =>
      pages[page].shifts.map(
        (shift) =>
          `- ${viewport} · ${page}: ${shift.sources} moved by ${shift.meanValue.toFixed(4)} on average, ` +
          `${shift.count}× in ${pages[page].loads} loads, ${shift.from}–${shift.to} ms after navigation`,
      ),
    ),
  );
  const warnings = [
    ...new Set(Object.values(viewports).flatMap((pages) => WIDGET_PAGES.flatMap((page) => pages[page]?.preloadWarnings ?? []))),
  ];
  const loads = Object.values(viewports)[0].snippet.loads;
  return [
    `### Two widgets on a website of another origin in headless Chromium (${loads} visits per page and viewport, interleaved, each with an empty cache)`,
    '',
    "Navigation to both widgets' content (ms, median / max): the admin's script snippet, a bare script fetching the same two answers (floor), the admin's iframes; ratio of the medians (median of the per-round ratios). \"phone, mobile network\": Chromium emulates Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) for the page, not for the iframes, which it does not reach.",
    '',
    table(['viewport', 'snippet', 'floor', 'iframe', 'snippet / floor', 'iframe / floor', 'CLS snippet (max)', 'CLS iframe (max)'], rows),
    '',
    'Where the time goes (medians, ms after navigation; "requests per answer" 1: the preload\'s answer was used):',
    '',
    table(
      [
        'viewport · page',
        'API requests start',
        'API answered',
        'widgets.js arrived',
        'elements defined',
        'content',
        'requests per answer',
        'API asked before widgets.js arrived',
      ],
      timelineRows(viewports),
    ),
    ...(shifts.length ? ['', 'Layout shifts:', ...shifts] : []),
    ...(warnings.length ? ['', 'Chromium warned:', ...warnings.map((text) => `- ${text}`)] : []),
  ].join('\n');
}

function loadTargets(label, phase) {
  const { health } = phase.load;
  return Object.entries(phase.load.questions).flatMap(([name, { ours, rest }]) => [
    ...(rest
      ? [
          {
            target: `${label} · ${name}: req/s ≥ ${TARGET.timesRest}× Strapi REST`,
            // A REST route that completes nothing in the run is slower than any ratio tells.
            measured: rest.requestsPerSecond > 0 ? times(ours.requestsPerSecond / rest.requestsPerSecond) : 'REST completed none',
            pass: ours.requestsPerSecond >= TARGET.timesRest * rest.requestsPerSecond,
          },
        ]
      : []),
    {
      target: `${label} · ${name}: req/s ≥ ${percent(TARGET.shareOfHealth)} of /_health`,
      measured: percent(ours.requestsPerSecond / health.requestsPerSecond),
      pass: ours.requestsPerSecond >= TARGET.shareOfHealth * health.requestsPerSecond,
    },
    {
      target: `${label} · ${name}: p99 ≤ ${TARGET.p99TimesHealth}× /_health p99 (${health.p99} ms)`,
      measured: `${ours.p99} ms`,
      pass: ours.p99 <= TARGET.p99TimesHealth * health.p99,
    },
    { target: `${label} · ${name}: no errors, timeouts, non-2xx`, measured: number(failures(ours)), pass: failures(ours) === 0 },
  ]);
}

function uncachedTargets(demo, large) {
  return Object.keys(demo.uncached).map((name) => {
    const ratio = large.uncached[name].median / demo.uncached[name].median;
    return {
      target: `uncached ${name}: large database < ${TARGET.uncachedLargeOverDemo}× demo`,
      measured: times(ratio),
      pass: ratio < TARGET.uncachedLargeOverDemo,
    };
  });
}

function widgetTargets(bundle, browser) {
  const targets = [];
  if (bundle) {
    targets.push({
      target: `widget bundle ≤ ${number(bundle.gzipBudget)} bytes gzipped`,
      measured: number(bundle.gzip),
      pass: bundle.gzip <= bundle.gzipBudget,
    });
  }
  if (browser && !browser.skipped) {
    for (const [viewport, pages] of Object.entries(browser.viewports)) {
      for (const page of WIDGET_PAGES.filter((name) => pages[name])) {
        const r = pages[page];
        targets.push({ target: `widgets CLS = 0 (${viewport}, ${page})`, measured: r.cls.max.toFixed(4), pass: r.cls.max === 0 });
        targets.push({
          target: `all widgets show content (${viewport}, ${page})`,
          measured: `${r.withContent} of ${r.widgets}`,
          pass: r.withContent === r.widgets,
        });
      }
    }
    for (const viewport of ['phone', 'phone, mobile network']) {
      const { ratios } = browser.viewports[viewport];
      targets.push({
        target: `${viewport}: navigation → content with the snippet ≤ ${browser.floorRatioTarget}× a bare fetch`,
        measured: ratioText(ratios.snippetOverFloor, ratios.pairedSnippetOverFloor),
        pass: ratios.snippetOverFloor <= browser.floorRatioTarget,
      });
    }
  }
  return targets;
}

function targetSection(targets) {
  return [
    '### Targets',
    '',
    table(
      ['target', 'measured', 'result'],
      targets.map((t) => [t.target, t.measured, t.pass ? 'PASS' : 'MISS']),
    ),
  ].join('\n');
}

/** Prints every section the run measured; returns the targets with their results. */
export function printResults(results) {
  const { demo, large, bundle, settings, machine } = results;
  const sections = [
    `## Treffpunkt bench: ${settings.connections} connections, ${settings.seconds} s per route (after a 2 s warm-up); ` +
      `Strapi ${machine.strapi}, SQLite, Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ` +
      `load average ${machine.loadAverageAtStart} at the start`,
  ];
  const targets = [];
  if (demo?.load) {
    sections.push(loadSection('Demo database', demo));
    targets.push(...loadTargets('demo', demo));
  }
  if (large?.load) {
    sections.push(loadSection('Generated database', large));
    targets.push(...loadTargets('large', large));
  }
  if (demo?.uncached && large?.uncached) {
    sections.push(uncachedSection(demo, large));
    targets.push(...uncachedTargets(demo, large));
  }
  if (bundle) sections.push(bundleSection(bundle));
  if (demo?.browser) sections.push(browserSection(demo.browser));
  targets.push(...widgetTargets(bundle, demo?.browser));
  sections.push(targetSection(targets));
  console.log(sections.join('\n\n'));
  return targets;
}
