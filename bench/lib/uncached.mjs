/**
 * The time of one request that our in-process response cache cannot answer: the cache is
 * emptied (in the CMS process) before each request, and requests go one at a time, so what
 * is timed is the route's own work. Unknown query parameters are refused with a 400, so a
 * cache-busting parameter is not an option.
 */
const WARM_UP_REQUESTS = 5;

const median = (sorted) => sorted[Math.floor(sorted.length / 2)];
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const round1 = (ms) => Math.round(ms * 10) / 10;

async function timeOne(cms, url) {
  await cms.clearCache();
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return elapsed;
}

/**
 * `samples` timed requests over `urls` in turn (e.g. one per network), after a few untimed ones.
 * @returns {Promise<{ median: number, p90: number, min: number, samples: number }>} milliseconds
 */
export async function measureUncached(cms, urls, samples) {
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await timeOne(cms, urls[i % urls.length]);
  const times = [];
  for (let i = 0; i < samples; i++) times.push(await timeOne(cms, urls[i % urls.length]));
  times.sort((a, b) => a - b);
  return { median: round1(median(times)), p90: round1(percentile(times, 0.9)), min: round1(times[0]), samples };
}
