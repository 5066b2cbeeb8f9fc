import type { Core } from '@strapi/strapi';
import { publicAccess } from './middlewares/public-access';
import { serveWidgets } from './routes/widget-assets';
import { editorRules } from './validation/editor-rules';
import { adjustDefaultRolesOnce } from './permissions';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(editorRules(strapi));
  // Added before Strapi's own middlewares, so the public API's CORS and methods are decided first.
  strapi.server.use(publicAccess(strapi));
  serveWidgets(strapi);
  adjustDefaultRolesOnce(strapi);
};
