/**
 * The widgets' files as a browser gets them: compressed as it accepts (the bytes the size
 * budget counts travel, not the bundle's 32 KB), each encoding with its own validator, and the
 * same file once decoded. Raw HTTP, since fetch would decode on its own.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startCms, type Cms } from '../support/cms';

let cms: Cms;

beforeAll(async () => {
  cms = await startCms();
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
/** The package's copy, which the CMS serves (scripts/copy-widgets.mjs puts it there). */
const built = (file: string) => readFileSync(path.join(repoRoot, 'cms/src/plugins/treffpunkt/dist/widgets', file));

describe('the widgets’ files', () => {
  for (const file of ['widgets.js', 'widgets.css']) {
    it(`${file}: brotli where the browser takes it, else gzip, else as built; the same file decoded`, async () => {
      const plain = await get(`/treffpunkt/${file}`);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(built(file))).toBe(true);

      for (const [accepted, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip, deflate', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
      ] as const) {
        const answer = await get(`/treffpunkt/${file}`, { 'Accept-Encoding': accepted });
        expect(answer.headers['content-encoding']).toBe(encoding);
        expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
        expect(DECODE[encoding](answer.body).equals(plain.body)).toBe(true);
        expect(answer.body.length).toBeLessThan(plain.body.length);
      }
    });
  }

  it('gives each encoding its own ETag, and answers 304 to the one the browser has', async () => {
    const address = '/treffpunkt/widgets.js';
    const br = await get(address, { 'Accept-Encoding': 'br' });
    const gzip = await get(address, { 'Accept-Encoding': 'gzip' });
    const plain = await get(address);
    expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);

    const again = await get(address, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // A copy in another encoding is not this representation.
    expect((await get(address, { 'Accept-Encoding': 'br', 'If-None-Match': String(gzip.headers.etag) })).status).toBe(200);
  });
});
