/**
 * The plugin's components (agenda item, contact, venue, …), registered by the plugin itself under
 * its own category, `treffpunkt.*`, so that they cannot clash with an app's components (an app's
 * `shared.venue` stays its own).
 *
 * Strapi 5 has no loader for components of plugins: it reads only the app's src/components, and
 * its guide for plugin components says no more than that they must be "properly registered". What
 * it does provide is the components registry (`strapi.get('components')`), which its own loader
 * fills (@strapi/core, loaders/components): each entry is the schema plus its uid, category, model
 * type and name and a copy of the original schema. Adding ours in the same shape in register(),
 * before Strapi initialises the database in bootstrap, is all the database, the Document Service
 * and the content manager need. An app that still has copies in src/components/treffpunkt must
 * delete them (Strapi refuses a uid registered twice).
 */
import type { Core } from '@strapi/strapi';
import type { ComponentSchema } from './component-schema';
import agendaItem from './agenda-item';
import attachment from './attachment';
import contact from './contact';
import memberOrganisation from './member-organisation';
import outcome from './outcome';
import person from './person';
import tag from './tag';
import venue from './venue';

export const COMPONENT_CATEGORY = 'treffpunkt';

const COMPONENTS: Record<string, ComponentSchema> = {
  'agenda-item': agendaItem,
  attachment,
  contact,
  'member-organisation': memberOrganisation,
  outcome,
  person,
  tag,
  venue,
};

/** `treffpunkt.venue` → the definition Strapi's registry holds. */
function registryEntry(name: string, schema: ComponentSchema) {
  const uid = `${COMPONENT_CATEGORY}.${name}`;
  const pascalName = name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
  return {
    ...structuredClone(schema),
    __schema__: structuredClone(schema),
    uid,
    category: COMPONENT_CATEGORY,
    modelType: 'component',
    modelName: name,
    globalId: `ComponentTreffpunkt${pascalName}`,
  };
}

export function registerComponents(strapi: Core.Strapi) {
  const entries = Object.fromEntries(
    Object.entries(COMPONENTS).map(([name, schema]) => [`${COMPONENT_CATEGORY}.${name}`, registryEntry(name, schema)]),
  );
  strapi.get('components').add(entries);
}
