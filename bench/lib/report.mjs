/**
 * Prints the bench's figures as Markdown tables (ready for the README) and checks them
 * against the targets of issues 3 and 4.
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

const describeDocuments = ({ reports, events, networks }) =>
  `${number(reports)} reports, ${number(events)} events, ${number(networks)} networks`;

function loadSection(title, phase) {
  const runRow = (label, run) => [label, number(run.requestsPerSecond), number(run.p50), number(run.p99), number(run.errors), number(run.timeouts), number(run.non2xx)];
  const rows = Object.entries(phase.load.questions).flatMap(([name, { ours, rest }]) => [
    runRow(`${name}: treffpunkt`, ours),
    runRow(`${name}: Strapi REST`, rest),
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
  return [
    '### Uncached requests: response cache emptied before each, one at a time (median and p90 in ms)',
    '',
    table(['route', 'demo median', 'demo p90', 'large median', 'large p90', 'large / demo'], rows),
  ].join('\n');
}

function bundleSection(bundle) {
  return [
    '### Widget bundle',
    '',
    table(['file', 'bytes', 'gzip -9', 'brotli'], [
      ['widgets/dist/widgets.js', number(bundle.bytes), number(bundle.gzip), number(bundle.brotli)],
    ]),
  ].join('\n');
}

function browserSection(browser) {
  if (browser.skipped) return `### Widgets in Chromium\n\nNot measured: ${browser.skipped}`;
  const rows = Object.entries(browser).map(([viewport, r]) => [
    viewport,
    `${r.withContent} of ${r.widgets}`,
    `${number(r.scriptStartToRenderedMs.median)} / ${number(r.scriptStartToRenderedMs.max)}`,
    number(r.navigationToScriptStartMs.median),
    number(r.navigationToRenderedMs.median),
    r.cls.max.toFixed(4),
  ]);
  const shifts = Object.entries(browser).flatMap(([viewport, r]) =>
    r.shifts.map(
      (shift) =>
        `- ${viewport}: ${shift.sources} moved by ${shift.meanValue.toFixed(4)} on average, ` +
        `${shift.count}× in ${r.loads} loads, ${shift.from}–${shift.to} ms after navigation`,
    ),
  );
  return [
    `### Widgets on the demo page in headless Chromium (${Object.values(browser)[0].loads} loads per viewport)`,
    '',
    table(
      ['viewport', 'widgets with content', 'script start → rendered ms (median / max)', 'navigation → script start ms', 'navigation → rendered ms', 'CLS (max)'],
      rows,
    ),
    ...(shifts.length ? ['', 'Layout shifts:', ...shifts] : []),
  ].join('\n');
}

function loadTargets(label, phase) {
  const { health } = phase.load;
  return Object.entries(phase.load.questions).flatMap(([name, { ours, rest }]) => [
    {
      target: `${label} · ${name}: req/s ≥ ${TARGET.timesRest}× Strapi REST`,
      // A REST route that completes nothing in the run is slower than any ratio tells.
      measured: rest.requestsPerSecond > 0 ? times(ours.requestsPerSecond / rest.requestsPerSecond) : 'REST completed none',
      pass: ours.requestsPerSecond >= TARGET.timesRest * rest.requestsPerSecond,
    },
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
    return { target: `uncached ${name}: large database < ${TARGET.uncachedLargeOverDemo}× demo`, measured: times(ratio), pass: ratio < TARGET.uncachedLargeOverDemo };
  });
}

function widgetTargets(bundle, browser) {
  const targets = [];
  if (bundle) {
    targets.push({ target: `widget bundle ≤ ${number(bundle.gzipBudget)} bytes gzipped`, measured: number(bundle.gzip), pass: bundle.gzip <= bundle.gzipBudget });
  }
  if (browser && !browser.skipped) {
    for (const [viewport, r] of Object.entries(browser)) {
      targets.push({ target: `widgets CLS = 0 (${viewport})`, measured: r.cls.max.toFixed(4), pass: r.cls.max === 0 });
      targets.push({ target: `all widgets show content (${viewport})`, measured: `${r.withContent} of ${r.widgets}`, pass: r.withContent === r.widgets });
    }
  }
  return targets;
}

function targetSection(targets) {
  return ['### Targets', '', table(['target', 'measured', 'result'], targets.map((t) => [t.target, t.measured, t.pass ? 'PASS' : 'MISS']))].join('\n');
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
