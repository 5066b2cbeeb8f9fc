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
