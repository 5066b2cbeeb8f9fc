/**
 * The plugin's controllers: thin, each checks its input at the edge (validation/) and asks a
 * service. `Handler` names every controller method, so the route tables are checked against them.
 */
import adminEmbed from './admin-embed';
import adminFollowers from './admin-followers';
import adminHome from './admin-home';
import adminReport from './admin-report';
import adminSources from './admin-sources';
import embedPages from './embed-pages';
import events from './events';
import followPages from './follow-pages';
import following from './following';
import networkEditors from './network-editors';
import networks from './networks';
import oembed from './oembed';
import adminPreview from './admin-preview';
import pages from './pages';
import readiness from './readiness';
import reports from './reports';
import { restControllers } from './rest';
import series from './series';
import widgetFiles from './widget-files';

const controllers = {
  ...restControllers,
  networks,
  reports,
  events,
  'embed-pages': embedPages,
  following,
  'follow-pages': followPages,
  pages,
  'widget-files': widgetFiles,
  oembed,
  readiness,
  series,
  'admin-embed': adminEmbed,
  'admin-followers': adminFollowers,
  'admin-home': adminHome,
  'admin-preview': adminPreview,
  'admin-report': adminReport,
  'admin-sources': adminSources,
  'network-editors': networkEditors,
};

type Controllers = typeof controllers;
type OwnControllers = Omit<Controllers, keyof typeof restControllers>;

/** "controller.method" of every method of our own controllers, as route tables name their handlers. */
export type Handler = {
  [Name in keyof OwnControllers]: `${Name}.${keyof ReturnType<OwnControllers[Name]> & string}`;
}[keyof OwnControllers];

export default controllers;
