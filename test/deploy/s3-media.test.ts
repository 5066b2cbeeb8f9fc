/**
 * Media for several instances (README "Deploy"): with UPLOAD_PROVIDER=aws-s3 the CMS keeps
 * uploads in an S3 bucket, here s3rver (an S3-compatible server from npm, on a free port). An
 * editor uploads a cover in the admin as the panel does (POST /upload with their JWT), the
 * public API then points at the file in the bucket, the file is there, and the admin's
 * Content-Security-Policy lets the panel show it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkDocumentId, publishReport, registerFirstAdmin, type AdminClient } from '../support/admin-http';
import { dateInDays } from '../support/clock';
import { cmsInstance, deploymentEnvironment, emptyDatabase, scratchDir, type CmsInstance } from '../support/cms-instances';
import { freePort } from '../support/free-port';
import { uniqueSlug } from '../support/content';

const BUCKET = 'treffpunkt';

let s3: S3rver;
let s3Origin: string;
let s3Directory: string;
let cms: CmsInstance;
let admin: AdminClient;

beforeAll(async () => {
  s3Directory = await mkdtemp(path.join(scratchDir(), 's3-'));
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await s3.run();
  s3Origin = `http://127.0.0.1:${port}`;
  cms = cmsInstance(
    's3',
    await freePort(),
    deploymentEnvironment(await emptyDatabase(), {
      UPLOAD_PROVIDER: 'aws-s3',
      S3_ENDPOINT: s3Origin,
      S3_FORCE_PATH_STYLE: 'true',
      S3_BUCKET: BUCKET,
      S3_REGION: 'eu-central-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    }),
  );
  await cms.start();
  admin = await registerFirstAdmin(cms.url);
});

afterAll(async () => {
  await cms?.kill();
  await s3?.close();
  await rm(s3Directory, { recursive: true, force: true });
});

/** POST /upload as the admin panel's media library sends it: multipart `files` and a JSON `fileInfo`. */
async function uploadInAdmin(alternativeText: string) {
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a7f62' } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'treffen.png');
  form.append('fileInfo', JSON.stringify({ name: 'treffen.png', alternativeText }));
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${admin.token}` }, body: form });
  expect(response.status).toBe(201);
  const [file] = await response.json();
  return file as { id: number; url: string; provider: string; formats: Record<string, { url: string }> };
}

describe('media on S3', () => {
  it('stores a cover uploaded in the admin in the bucket, and the public API links it there', async () => {
    const file = await uploadInAdmin('Die Runde im Saal');
    expect(file.provider).toBe('aws-s3');
    expect(file.url.startsWith(`${s3Origin}/${BUCKET}/`)).toBe(true);

    const slug = uniqueSlug('t-s3');
    const network = await networkDocumentId(admin, cms.url, 'jetzt');
    await publishReport(admin, cms.url, { title: `Mit Bild ${slug}`, slug, network, cover: file.id, publicationDate: dateInDays(0) });

    const { data } = await (await fetch(`${cms.url}/api/treffpunkt/reports/${slug}`)).json();
    expect(data.cover.url).toBe(file.url);
    expect(data.cover.alt).toBe('Die Runde im Saal');
    expect(data.cover.formats.length).toBeGreaterThan(1);
    for (const format of data.cover.formats) {
      expect(format.url.startsWith(`${s3Origin}/${BUCKET}/`)).toBe(true);
      const image = await fetch(format.url);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toMatch(/^image\//);
    }
  });

  it('puts the demo covers into the bucket too', async () => {
    const { data } = await (await fetch(`${cms.url}/api/treffpunkt/reports?network=jetzt&limit=20`)).json();
    const covers = (data as { cover: { url: string } | null }[]).flatMap((report) => (report.cover ? [report.cover.url] : []));
    expect(covers.length).toBeGreaterThan(0);
    for (const url of covers) expect(url.startsWith(`${s3Origin}/${BUCKET}/`)).toBe(true);
  });

  it('lets the admin panel show images from the bucket (Content-Security-Policy img-src and media-src)', async () => {
    const policy = (await fetch(`${cms.url}/admin/init`)).headers.get('content-security-policy') ?? '';
    for (const directive of ['img-src', 'media-src']) {
      expect(policy.split(';').find((part) => part.trim().startsWith(directive))).toContain(s3Origin);
    }
  });
});
