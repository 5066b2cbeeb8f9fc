/**
 * What the three content types share: drafts, a German and an English version, a place in the
 * admin. Functions, not constants: Strapi may change a schema's objects, so each gets its own.
 */

/** A document editors draft, publish and translate. */
export const translatableDocument = () => ({
  kind: 'collectionType' as const,
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true }, 'content-manager': { visible: true }, 'content-type-builder': { visible: true } },
});

/** A field each language has its own value of (texts). */
export const translated = () => ({ pluginOptions: { i18n: { localized: true } } });

/** A field all languages share (slugs, dates, settings, media). */
export const shared = () => ({ pluginOptions: { i18n: { localized: false } } });

/**
 * What a meeting or report mirrored from a source has (server/src/sources): where it comes from,
 * written by the sync only, and whether the office hides it (kept across reads). Both are out of
 * the edit form, which a mirrored document cannot save: the origin panel shows them.
 */
export const mirroring = () => ({
  origin: { type: 'component' as const, component: 'treffpunkt.origin', repeatable: false, visible: false, ...translated() },
  hidden: { type: 'boolean' as const, default: false, visible: false, ...shared() },
});
