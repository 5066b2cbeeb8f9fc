/**
 * Cover images for the demo reports, drawn here rather than shipped: an abstract "meeting
 * table" of coloured circles, one palette per network, large enough that Strapi makes all
 * its responsive formats.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

const WIDTH = 1600;
const HEIGHT = 1000;

const PALETTES: [string, string, string][] = [
  ['#1d4e89', '#f4a259', '#f7f3e3'],
  ['#2a7f62', '#f2c14e', '#f5f1e6'],
  ['#7a306c', '#8ecae6', '#f6f0f4'],
  ['#b23a48', '#fcb9b2', '#fbf4ef'],
  ['#3d5a80', '#98c1d9', '#eef4f7'],
  ['#5f0f40', '#e36414', '#fbf3ea'],
];

/** People around a table: `seats` circles on an ellipse, in a palette chosen by `seed`. */
function meetingSvg(seed: number, seats: number): string {
  const [main, accent, background] = PALETTES[seed % PALETTES.length];
  const circles = Array.from({ length: seats }, (_, i) => {
    const angle = (2 * Math.PI * i) / seats;
    const x = WIDTH / 2 + Math.cos(angle) * 560;
    const y = HEIGHT / 2 + Math.sin(angle) * 320;
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="70" fill="${i % 3 === 0 ? accent : main}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="${background}"/>
    <ellipse cx="${WIDTH / 2}" cy="${HEIGHT / 2}" rx="420" ry="200" fill="${main}" opacity="0.18"/>
    ${circles}
  </svg>`;
}

export interface UploadedImage {
  id: number;
}

/** Renders a cover and adds it to the media library with its alternative text. */
export async function uploadCoverImage(
  strapi: Core.Strapi,
  options: { seed: number; seats: number; name: string; alt: string },
): Promise<UploadedImage> {
  const sharp = (await import('sharp')).default;
  const folder = await mkdtemp(path.join(tmpdir(), 'treffpunkt-cover-'));
  try {
    const filepath = path.join(folder, `${options.name}.jpg`);
    const image = await sharp(Buffer.from(meetingSvg(options.seed, options.seats)))
      .jpeg({ quality: 82 })
      .toBuffer();
    await writeFile(filepath, image);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: `${options.name}.jpg`, alternativeText: options.alt, caption: null } },
        files: { filepath, originalFilename: `${options.name}.jpg`, mimetype: 'image/jpeg', size: image.length },
      });
    return file as UploadedImage;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
