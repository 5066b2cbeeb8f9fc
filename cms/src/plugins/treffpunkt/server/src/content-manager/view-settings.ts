/**
 * How the content manager shows Treffpunkt's documents: entry titles, the columns of the list
 * views and their order. Strapi's defaults (the first four fields, sorted by id) show slugs and
 * ids where editors look for a title, a network and a date.
 */
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';

export interface ViewSettings {
  /** The field that names an entry: in the list, in relation pickers and in the edit view's header. */
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
  /** List view columns; Strapi adds the publication status and the locale, and the table must fit a laptop screen. */
  list?: string[];
  /** Relation fields and the field of their target that names it. */
  relationTitles?: Record<string, string>;
}

export const CONTENT_TYPE_VIEWS: Record<string, ViewSettings> = {
  [CONTENT_TYPES.network]: {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'kind', 'parent'],
    relationTitles: { parent: 'name', children: 'name' },
  },
  [CONTENT_TYPES.event]: {
    mainField: 'title',
    defaultSortBy: 'start',
    defaultSortOrder: 'DESC',
    list: ['title', 'network', 'start'],
    relationTitles: { network: 'name' },
  },
  [CONTENT_TYPES.report]: {
    mainField: 'title',
    defaultSortBy: 'publicationDate',
    defaultSortOrder: 'DESC',
    list: ['title', 'network', 'meetingStart'],
    relationTitles: { network: 'name', event: 'title' },
  },
};

/** Repeatable components are listed collapsed under their main field: the topic, not the time. */
export const COMPONENT_VIEWS: Record<string, Pick<ViewSettings, 'mainField'>> = {
  'treffpunkt.agenda-item': { mainField: 'topic' },
  'treffpunkt.attachment': { mainField: 'title' },
  'treffpunkt.outcome': { mainField: 'text' },
  'treffpunkt.member-organisation': { mainField: 'name' },
  'treffpunkt.tag': { mainField: 'name' },
  'treffpunkt.person': { mainField: 'name' },
  'treffpunkt.contact': { mainField: 'name' },
  'treffpunkt.venue': { mainField: 'name' },
};
