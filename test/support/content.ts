/** Test content made through Strapi's Document Service, with slugs that cannot clash with the demo's. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { CONTENT_TYPES, type TreffpunktUid as Uid } from 'treffpunkt-shared/content-types';
import type { AnyDocument } from './admin-answer';
import type { Cms } from './cms';

export { dateInDays, inDays } from './clock';

export const { network: NETWORK, event: EVENT, report: REPORT } = CONTENT_TYPES;

export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}

export async function createDocument(
  cms: Cms,
  uid: Uid,
  data: Record<string, unknown>,
  options: { status?: 'published' | 'draft'; locale?: string } = {},
): Promise<AnyDocument> {
  return (await cms.strapi.documents(uid).create({
    data,
    locale: options.locale ?? 'de',
    status: options.status ?? 'published',
  } as never)) as AnyDocument;
}

export function createNetwork(cms: Cms, data: Record<string, unknown> = {}, options?: { status?: 'published' | 'draft' }) {
  const slug = (data.slug as string) ?? uniqueSlug('t-net');
  return createDocument(cms, NETWORK, { name: `Testnetz ${slug}`, slug, kind: 'association', ...data }, options);
}

export function createEvent(cms: Cms, data: Record<string, unknown>, options?: { status?: 'published' | 'draft' }) {
  const slug = (data.slug as string) ?? uniqueSlug('t-event');
  return createDocument(cms, EVENT, { title: `Treffen ${slug}`, slug, kind: 'meeting', ...data }, options);
}

export function createReport(cms: Cms, data: Record<string, unknown>, options?: { status?: 'published' | 'draft' }) {
  const slug = (data.slug as string) ?? uniqueSlug('t-report');
  return createDocument(cms, REPORT, { title: `Bericht ${slug}`, slug, ...data }, options);
}

export async function getJson(cms: Cms, path: string, init?: RequestInit) {
  const response = await fetch(`${cms.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A real image in the media library (Strapi makes its responsive formats), with the given alternative text. */
export async function uploadTestImage(
  cms: Cms,
  alternativeText: string,
): Promise<{ id: number; url: string; formats: Record<string, { url: string }> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'treffpunkt-img-'));
  try {
    const filepath = path.join(folder, 'test.png');
    const buffer = await sharp({ create: { width: 1200, height: 750, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    await writeFile(filepath, buffer);
    const [file] = await cms.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: 'test.png', alternativeText } },
        files: { filepath, originalFilename: 'test.png', mimetype: 'image/png', size: buffer.length },
      });
    return file;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
