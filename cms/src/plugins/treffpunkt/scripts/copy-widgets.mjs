// After `strapi-plugin build`: puts the files the plugin serves beside its built server code,
// so that the package needs nothing outside itself. dist/widgets/ gets the widgets' release
// (widgets.js, widgets.css, the second file, the embed pages' script), from the treffpunkt-widgets
// package as built by the repository's rollup.config.js; dist/ssr/ the widgets' server renderer
// for the embed pages (not served).
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pluginDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const widgetsDist = path.join(path.dirname(createRequire(import.meta.url).resolve('treffpunkt-widgets/package.json')), 'dist');

function copyFolder(from, to, keep) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from).filter(keep);
  for (const name of names) copyFileSync(path.join(from, name), path.join(to, name));
  return names;
}

const served = copyFolder(widgetsDist, path.join(pluginDir, 'dist/widgets'), (name) => /^widgets[\w.-]*\.(js|css)$/.test(name));
if (!served.includes('widgets.js')) {
  console.error('The widgets are not built: run `npm run build:widgets` first.');
  process.exit(1);
}
copyFolder(path.join(widgetsDist, 'ssr'), path.join(pluginDir, 'dist/ssr'), (name) => name === 'render.mjs');
console.log(`Copied ${served.join(', ')} and the server renderer into dist/.`);
