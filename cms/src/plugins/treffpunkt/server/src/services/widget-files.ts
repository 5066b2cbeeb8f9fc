/**
 * The widgets' files, as the plugin package carries them (scripts/copy-widgets.mjs copies the
 * build beside the server code). A release is read and compressed once per process, as Strapi
 * starts, not when the first visitor asks: a deployment builds the widgets before it starts
 * Strapi. Each file is compressed at the highest settings (brotli, gzip), so a phone on a mobile
 * network gets the bytes the size budget counts, and no request costs compression time.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ENCODINGS, type Encoding, type Representations } from '../http/encodings';
import { strongEtag } from '../http/etag';

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The names of the files of a release: widgets.js, widgets.css, and the chunks they load (widgets-*.js). */
export const WIDGET_FILE_NAME = 'widgets[\\w.-]*\\.(?:js|css)';
const isWidgetFile = (name: string) => new RegExp(`^${WIDGET_FILE_NAME}$`).test(name);

/** Once per release, so as small as the encodings can make them. */
const COMPRESS_MOST: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

export interface WidgetFile extends Representations {
  body: Buffer;
  type: string;
}

export interface Release {
  /** A hash of the files: the versioned addresses name it. */
  version: string;
  files: Map<string, WidgetFile>;
}

/** The built package's own folder: Strapi loads the plugin's CommonJS build, dist/server/index.js. */
export const PACKAGE_DIST = path.resolve(__dirname, '..');

async function readWidgetFile(file: string): Promise<WidgetFile> {
  const body = await readFile(file);
  const bodies = await Promise.all(ENCODINGS.map((encoding) => COMPRESS_MOST[encoding](body)));
  return {
    body,
    etag: strongEtag(body),
    type: TYPES[path.extname(file)],
    encoded: (encoding) => bodies[ENCODINGS.indexOf(encoding)],
  };
}

async function readRelease(dist: string): Promise<Release> {
  const names = (await readdir(dist)).filter(isWidgetFile).sort();
  if (!names.includes('widgets.js')) throw new Error('widgets.js is missing');
  const files = new Map(await Promise.all(names.map(async (name) => [name, await readWidgetFile(path.join(dist, name))] as const)));
  const version = createHash('sha256');
  for (const [name, file] of files) version.update(name).update(file.body);
  return { version: version.digest('hex').slice(0, 12), files };
}

export default () => {
  let release: Promise<Release> | undefined;

  /** The current release; a failed read (not built) is tried again on the next request. */
  function current(): Promise<Release> {
    release ??= readRelease(path.join(PACKAGE_DIST, 'widgets'));
    release.catch(() => (release = undefined));
    return release;
  }

  return {
    current,
    /** The current release, or null while the package has no widgets (not built). */
    found: () => current().catch(() => null),
  };
};
