import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { MyNetworksResponse, NetworkEditorsResponse } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import { parseAdminInput } from '../validation/admin-input';

const editorsService = (strapi: Core.Strapi) => treffpunkt(strapi).service('network-editors');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { documentId } = parseAdminInput('networkParams', ctx.params);
    ctx.body = { data: await editorsService(strapi).view(documentId) } satisfies NetworkEditorsResponse;
  },

  async update(ctx: Context) {
    const { documentId } = parseAdminInput('networkParams', ctx.params);
    const { editors } = parseAdminInput('networkEditors', ctx.request.body);
    ctx.body = { data: await editorsService(strapi).assign(documentId, editors) } satisfies NetworkEditorsResponse;
  },

  /** For the list views of the requester: which networks they are limited to. */
  async mine(ctx: Context) {
    ctx.body = { data: await editorsService(strapi).mine() } satisfies MyNetworksResponse;
  },
});
