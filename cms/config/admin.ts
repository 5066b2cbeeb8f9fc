// Declares the global `strapi` the preview handler uses (it runs per request, after startup).
import type {} from '@strapi/strapi';

export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // The content manager's preview shows a report or event as the Treffpunkt widgets render it,
  // draft included, on a page of this CMS opened with a short-lived signed token.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: ["'self'", ...(env('PUBLIC_URL') ? [new URL(env('PUBLIC_URL')).origin] : [])],
      handler: (uid: string, params: { documentId?: string; locale?: string | null; status?: string }) =>
        strapi.plugin('treffpunkt').service('admin-preview').previewUrl(uid, params),
    },
  },
});
