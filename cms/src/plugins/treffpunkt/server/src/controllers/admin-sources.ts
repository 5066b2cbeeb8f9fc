import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, SOURCE } from 'treffpunkt-shared/content-types';
import type { OriginResponse, SourceStateResponse } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import type { UserAbility } from '../services/admin-home';
import { parseAdminInput } from '../validation/admin-input';

const EXPLORER = 'plugin::content-manager.explorer';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = () => treffpunkt(strapi).service('sources');

  function found<Data>(data: Data | null): Data {
    if (data === null) throw new errors.NotFoundError('There is no such source.');
    return data;
  }

  /** The origin routes serve meetings and reports: the user needs the content manager's `verb` on the one asked for. */
  function mayOn(ctx: Context, verb: 'read' | 'update', kind: 'event' | 'report') {
    if (!(ctx.state.userAbility as UserAbility).can(`${EXPLORER}.${verb}`, CONTENT_TYPES[kind])) throw new errors.ForbiddenError();
  }

  return {
    async state(ctx: Context) {
      const { documentId } = parseAdminInput('sourceParams', ctx.params);
      const { locale } = parseAdminInput('localeQuery', ctx.query);
      ctx.body = { data: found(await sources().state(documentId, locale)) } satisfies SourceStateResponse;
    },

    /** "Jetzt abrufen": answers once the source is read. */
    async sync(ctx: Context) {
      const { documentId } = parseAdminInput('sourceParams', ctx.params);
      const { locale } = parseAdminInput('localeQuery', ctx.query);
      ctx.body = { data: found(await sources().readNow(documentId, locale)) } satisfies SourceStateResponse;
    },

    async origin(ctx: Context) {
      const { kind, documentId } = parseAdminInput('originParams', ctx.params);
      mayOn(ctx, 'read', kind);
      const withSource = (ctx.state.userAbility as UserAbility).can(`${EXPLORER}.read`, SOURCE);
      ctx.body = { data: await sources().origin(kind, documentId, withSource) } satisfies OriginResponse;
    },

    async hide(ctx: Context) {
      const { kind, documentId } = parseAdminInput('originParams', ctx.params);
      const { hidden } = parseAdminInput('originUpdate', ctx.request.body);
      mayOn(ctx, 'update', kind);
      const withSource = (ctx.state.userAbility as UserAbility).can(`${EXPLORER}.read`, SOURCE);
      if (!(await sources().origin(kind, documentId, false))) throw new errors.NotFoundError('This entry is not mirrored from a source.');
      await sources().setHidden(kind, documentId, hidden);
      ctx.body = { data: await sources().origin(kind, documentId, withSource) } satisfies OriginResponse;
    },
  };
};
