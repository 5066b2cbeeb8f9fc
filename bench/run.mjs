/**
 * `npm run bench`: the figures issues 3, 4, 11 and 12 ask for, from one run.
 *   1. The public API's "latest 3 reports", "next meeting" and "upcoming 5 meetings" routes next
 *      to Strapi's standard REST route for the same answer (where it has one) and Strapi's
 *      /_health, at 50 connections, on the demo database.
 *   2. The same on a generated database of 10,000 reports and 2,000 events (200 of them series
 *      that never end) over 200 networks, and the time of an uncached request there against the
 *      demo database.
 *   3. The widget bundle's gzip and brotli sizes, and in headless Chromium, on a website of another
 *      origin, the time from navigation to two widgets' content with the admin's snippet and with
 *      its iframes, next to a bare script fetching the same answers, and the layout shift.
 * Prints the figures with PASS/MISS per target and writes them to bench/results/latest.json
 * (partial.json for a run with other options).
 * A MISS does not fail the run; a crash does.
 *
 * Options: --seconds=N per load run (default 10); --only=demo,large,widgets to run a part;
 * --skip-build to measure the plugin and widgets as last built.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './lib/paths.mjs';
import { startCms } from './lib/cms-process.mjs';
import { networkSlug, SIZES } from './lib/generate.mjs';
import { CONNECTIONS, measureLoad } from './lib/load.mjs';
import { compareAnswers, questions } from './lib/questions.mjs';
import { printResults } from './lib/report.mjs';
import { measureUncached } from './lib/uncached.mjs';
import { bundleSizes, measureInBrowser } from './lib/widgets.mjs';

const RESULTS_DIR = path.join(repoRoot, 'bench/results');
const BUNDLE = path.join(repoRoot, 'widgets/dist/widgets.js');
/** The demo's top-level networks: each has reports and upcoming meetings. The first one is put under load. */
const DEMO_NETWORKS = ['bke', 'jetzt', 'zwh', 'queeres-netzwerk-gifhorn', 'partnernetzwerk-elbe'];
const LARGE_NETWORKS = Array.from({ length: 20 }, (_, i) => networkSlug(i * 10));
const UNCACHED_SAMPLES = 40;
const BROWSER_LOADS = 15;

const DEFAULTS = { seconds: '10', only: 'demo,large,widgets' };
const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: DEFAULTS.seconds },
    only: { type: 'string', default: DEFAULTS.only },
    'skip-build': { type: 'boolean', default: false },
  },
});
const seconds = Number(options.seconds);
const parts = new Set(options.only.split(','));
/** Only a complete run replaces the figures of bench/README.md; a shorter or partial one goes beside them. */
const RESULTS_FILE = path.join(
  RESULTS_DIR,
  options.seconds === DEFAULTS.seconds && options.only === DEFAULTS.only ? 'latest.json' : 'partial.json',
);

function log(message) {
  console.error(`[bench] ${message}`);
}

/** The widgets and the plugin package that carries them, built from the current sources. */
function build() {
  log('building the widgets and the plugin');
  const rollup = createRequire(import.meta.url).resolve('rollup/dist/bin/rollup');
  // NODE_NO_WARNINGS: Node's notice that rollup.config.js is parsed as an ES module is no news here.
  execFileSync(process.execPath, [rollup, '-c', '--silent'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  execFileSync('npm', ['run', 'build:plugin', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
}

/** Starts a CMS on a fresh SQLite file and hands it to `use`; stops it after, kills it if `use` fails. */
async function withCms(scratch, name, options, use) {
  const count = (n) => n.toLocaleString('en-US');
  const generating = `, generating ${count(SIZES.reports)} reports, ${count(SIZES.events)} events (${count(SIZES.series)} series), ${count(SIZES.networks)} networks`;
  log(`starting the CMS on the ${name} database${options.generate ? generating : ''}`);
  const cms = await startCms({
    databaseFile: path.join(scratch, `${name}.db`),
    logFile: path.join(RESULTS_DIR, `server-${name}.log`),
    ...options,
  });
  let result;
  try {
    result = await use(cms);
  } catch (error) {
    cms.kill();
    throw error;
  }
  await cms.stop();
  return result;
}

/** Under load: per question our route and the REST route (where Strapi's has one), then /_health. */
async function measureRoutes(cms, network) {
  const restHeaders = { Authorization: `Bearer ${cms.token}` };
  const load = { questions: {} };
  for (const question of questions(network, new Date())) {
    const answers = await compareAnswers(cms.url, question, restHeaders);
    log(`${question.name} of ${network}: ours ${question.ours}`);
    const ours = await measureLoad(cms.url + question.ours, { seconds });
    let rest = null;
    if (question.rest) {
      log(`${question.name} of ${network}: Strapi REST`);
      rest = await measureLoad(cms.url + question.rest, { headers: restHeaders, seconds });
    }
    load.questions[question.name] = { ours, rest, answers, urls: { ours: question.ours, rest: question.rest } };
  }
  log('/_health');
  load.health = await measureLoad(`${cms.url}/_health`, { seconds });
  return load;
}

/** Uncached time of our routes, one network after the other. */
async function measureUncachedRoutes(cms, networks) {
  log(`uncached requests over ${networks.length} networks`);
  const asked = networks.map((network) => questions(network, new Date()));
  const uncached = {};
  for (const [index, { name }] of asked[0].entries()) {
    const urls = asked.map((perNetwork) => cms.url + perNetwork[index].ours);
    uncached[name] = await measureUncached(cms, urls, UNCACHED_SAMPLES);
  }
  return uncached;
}

async function demoPhase(scratch) {
  return withCms(scratch, 'demo', { demoContent: true, generate: false }, async (cms) => {
    const result = { documents: cms.documents, network: DEMO_NETWORKS[0] };
    if (parts.has('demo')) {
      result.load = await measureRoutes(cms, DEMO_NETWORKS[0]);
      result.uncached = await measureUncachedRoutes(cms, DEMO_NETWORKS);
    }
    if (parts.has('widgets')) {
      log('widgets in Chromium');
      result.browser = await measureInBrowser(cms.url, BROWSER_LOADS);
    }
    return result;
  });
}

async function largePhase(scratch) {
  return withCms(scratch, 'large', { demoContent: false, generate: true }, async (cms) => ({
    documents: cms.documents,
    searchIndex: cms.searchIndex,
    network: LARGE_NETWORKS[0],
    load: await measureRoutes(cms, LARGE_NETWORKS[0]),
    uncached: await measureUncachedRoutes(cms, LARGE_NETWORKS),
  }));
}

/** Anything else busy on the machine takes CPU from the CMS and autocannon alike: the figures drop and scatter. */
const BUSY_LOAD_PER_CPU = 0.25;

function machine() {
  const strapiVersion = createRequire(import.meta.url)('@strapi/strapi/package.json').version;
  const [loadAverage] = os.loadavg();
  if (loadAverage > BUSY_LOAD_PER_CPU * os.cpus().length) {
    log(
      `warning: load average ${loadAverage.toFixed(2)} before the start: other processes use the CPUs, the figures will be low and noisy`,
    );
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: Number(loadAverage.toFixed(2)),
    node: process.version,
    strapi: strapiVersion,
  };
}

async function main() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const host = machine(); // before the build, whose own CPU use would count in the load average
  if (!options['skip-build']) build();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'treffpunkt-bench-'));
  try {
    const results = {
      startedAt: new Date().toISOString(),
      machine: host,
      settings: { connections: CONNECTIONS, seconds, uncachedSamples: UNCACHED_SAMPLES, browserLoads: BROWSER_LOADS },
      demo: parts.has('demo') || parts.has('widgets') ? await demoPhase(scratch) : undefined,
      large: parts.has('large') ? await largePhase(scratch) : undefined,
      bundle: parts.has('widgets') ? bundleSizes(BUNDLE) : undefined,
    };
    results.targets = printResults(results);
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
