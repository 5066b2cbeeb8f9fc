/**
 * What the CMS sends a website's visitors, as a browser gets it: compressed as it accepts, each
 * encoding with its own validator, and the same bytes once decoded. The widgets' files (the
 * bytes the size budget counts travel, not the bundle's 32 KB) and the public answers: the API's,
 * the feeds and the embed pages. Raw HTTP, since fetch would decode on its own.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startCms, type Cms } from '../support/cms';
import { apiFixtures, type ApiFixtures } from './fixtures';

let cms: Cms;
let f: ApiFixtures;

beforeAll(async () => {
  cms = await startCms();
  f = await apiFixtures(cms);
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(address: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(`${cms.url}${address}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const DECODE = { br: brotliDecompressSync, gzip: gunzipSync };
/** Accept-Encoding as browsers send it, and the encoding the answer should then have. */
const ACCEPTED = [
  ['gzip, deflate, br, zstd', 'br'],
  ['gzip, deflate', 'gzip'],
  ['br;q=0, gzip', 'gzip'],
] as const;

/** The same bytes as `plain`, compressed as each Accept-Encoding takes, with Vary. */
async function expectCompressedAs(address: string, plain: Raw) {
  for (const [accepted, encoding] of ACCEPTED) {
    const answer = await get(address, { 'Accept-Encoding': accepted });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toBe(plain.headers['content-type']);
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(DECODE[encoding](answer.body).equals(plain.body)).toBe(true);
    expect(answer.body.length).toBeLessThan(plain.body.length);
  }
}

/** Each encoding its own ETag, and a 304 only for the representation the browser holds. */
async function expectEtagPerEncoding(address: string) {
  const br = await get(address, { 'Accept-Encoding': 'br' });
  const gzip = await get(address, { 'Accept-Encoding': 'gzip' });
  const plain = await get(address);
  expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);

  const again = await get(address, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect((await get(address, { 'If-None-Match': String(plain.headers.etag) })).status).toBe(304);
  // A copy in another encoding is not this representation.
  expect((await get(address, { 'Accept-Encoding': 'br', 'If-None-Match': String(gzip.headers.etag) })).status).toBe(200);
}

/** The package's copy, which the CMS serves (scripts/copy-widgets.mjs puts it there). */
const built = (file: string) => readFileSync(path.join(repoRoot, 'cms/src/plugins/treffpunkt/dist/widgets', file));

describe('the widgets’ files', () => {
  for (const file of ['widgets.js', 'widgets.css']) {
    it(`${file}: brotli where the browser takes it, else gzip, else as built; the same file decoded`, async () => {
      const plain = await get(`/treffpunkt/${file}`);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(built(file))).toBe(true);
      await expectCompressedAs(`/treffpunkt/${file}`, plain);
    });
  }

  it('gives each encoding its own ETag, and answers 304 to the one the browser has', async () => {
    await expectEtagPerEncoding('/treffpunkt/widgets.js');
  });
});

describe('the public answers', () => {
  const reports = () => `/api/treffpunkt/reports?network=${f.networks.federation.slug}&locale=de`;
  const answers = {
    'a list of reports': reports,
    'a report feed': () => `/api/treffpunkt/networks/${f.networks.federation.slug}/reports.atom`,
    'an embed page': () => `/treffpunkt/embed/latest-reports?network=${f.networks.federation.slug}&lang=de`,
  };

  for (const [name, address] of Object.entries(answers)) {
    it(`${name}: brotli where the browser takes it, else gzip, else plain; the same answer decoded`, async () => {
      const plain = await get(address());
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      // The first request of an encoding compresses the kept answer, the next ones get that copy.
      await expectCompressedAs(address(), plain);
      await expectCompressedAs(address(), plain);
    });
  }

  it('gives each encoding its own ETag, and answers 304 to the one the browser has', async () => {
    await expectEtagPerEncoding(reports());
  });

  it('keep the connection open longer than a proxy reuses it idle (nginx: 60 s), and say so', async () => {
    const answer = await get(reports());
    expect(answer.headers.connection).toBe('keep-alive');
    expect(answer.headers['keep-alive']).toBe('timeout=65');
  });

  it('sends small answers and errors plain: compressing them would save nothing', async () => {
    const nothingPlanned = await get(`/api/treffpunkt/events/next?network=${f.networks.quiet.slug}`, { 'Accept-Encoding': 'br, gzip' });
    expect(nothingPlanned.status).toBe(200);
    expect(JSON.parse(nothingPlanned.body.toString())).toMatchObject({ data: null });
    expect(nothingPlanned.headers['content-encoding']).toBeUndefined();

    const refused = await get(`/api/treffpunkt/reports?network=${f.networks.federation.slug}&limit=many`, {
      'Accept-Encoding': 'br, gzip',
    });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.body.toString()).error.message).toMatch(/limit/);
  });
});
