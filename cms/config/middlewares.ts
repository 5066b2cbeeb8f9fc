/**
 * Where the admin may load images and videos from (Content-Security-Policy img-src and
 * media-src): this CMS, and with media on S3 (config/plugins.ts) the address the files have.
 */
function mediaOrigins(env): string[] {
  if (env('UPLOAD_PROVIDER') !== 'aws-s3') return [];
  if (env('S3_PUBLIC_URL')) return [new URL(env('S3_PUBLIC_URL')).origin];
  const bucket = env('S3_BUCKET');
  if (!env('S3_ENDPOINT')) return [`https://${bucket}.s3.${env('S3_REGION', 'us-east-1')}.amazonaws.com`];
  const endpoint = new URL(env('S3_ENDPOINT'));
  // Path style (MinIO, s3rver): endpoint/bucket/key; else virtual-hosted: bucket.endpoint/key.
  return env.bool('S3_FORCE_PATH_STYLE', false) ? [endpoint.origin] : [`${endpoint.protocol}//${bucket}.${endpoint.host}`];
}

export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        // Strapi merges these over its defaults entry by entry, so each list repeats Strapi's own.
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...mediaOrigins(env)],
          'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins(env)],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
