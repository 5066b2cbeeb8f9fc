// The analyzer's configuration for widgets/dist/custom-elements.json (the elements' attributes,
// parts, CSS properties, slots and events): `cem analyze`, run by build/custom-elements-manifest.mjs.

/**
 * Members ending in "_" (which terser shortens, see rollup.config.js), private and protected ones are internals.
 * @param {{ name?: string, fieldName?: string, privacy?: string }} item
 */
const isPublic = (item) =>
  !item.name?.endsWith('_') && !item.fieldName?.endsWith('_') && item.privacy !== 'private' && item.privacy !== 'protected';

/**
 * Leaves internals out of the manifest.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function hideInternals() {
  return {
    name: 'hide-internals',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if ('members' in declaration && declaration.members) declaration.members = declaration.members.filter(isPublic);
        if ('attributes' in declaration && declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
      }
    },
  };
}

export default {
  // The elements and the classes they inherit their attributes from.
  globs: [
    'widgets/src/shared/base-element.ts',
    'widgets/src/latest-reports/latest-reports.ts',
    'widgets/src/next-meeting/next-meeting.ts',
    'widgets/src/upcoming-meetings/upcoming-meetings.ts',
    'widgets/src/shared/paged-list.ts',
  ],
  litelement: true,
  // widgets/package.json names the manifest already; the analyzer would write its path into the root one.
  packagejson: false,
  quiet: true,
  plugins: [hideInternals()],
};
