/** Throughput and latency of one URL under concurrent load, with autocannon. */
import autocannon from 'autocannon';

export const CONNECTIONS = 50;
const WARM_UP_SECONDS = 2;
/** As Chromium asks: the answers a visitor's browser gets are the compressed ones. */
const BROWSER_HEADERS = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

function run(url, { headers, seconds }) {
  return autocannon({ url, headers: { ...BROWSER_HEADERS, ...headers }, connections: CONNECTIONS, duration: seconds, timeout: 10 });
}

/**
 * When autocannon stops, the requests it leaves open are still queued in the CMS (for SQLite
 * one query at a time): one more request of the same URL returns only after them, so the
 * next run does not pay for the last one's backlog.
 */
async function drain(url, headers) {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
}

/**
 * A short warm-up first (the JIT, Strapi's lazy loading and our response cache fill up),
 * then the measured run.
 * @returns {Promise<{ requestsPerSecond: number, p50: number, p99: number, errors: number, timeouts: number, non2xx: number, requests: number }>}
 */
export async function measureLoad(url, { headers = {}, seconds }) {
  await run(url, { headers, seconds: WARM_UP_SECONDS });
  await drain(url, headers);
  const result = await run(url, { headers, seconds });
  await drain(url, headers);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts timeouts among its errors too; they are reported apart.
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
