/**
 * Media: Strapi's local upload folder (public/uploads) by default, which is right for one
 * instance. Several instances must share their media: UPLOAD_PROVIDER=aws-s3 stores it in a
 * bucket of S3 or any S3-compatible store (MinIO, Ceph, Cloudflare R2, ...), see docs/operators.md.
 */
const s3Upload = (env) => ({
  config: {
    provider: 'aws-s3',
    providerOptions: {
      // The public address of the files (a CDN or custom domain); unset: the URL the store returns.
      baseUrl: env('S3_PUBLIC_URL'),
      rootPath: env('S3_ROOT_PATH'),
      s3Options: {
        credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
        region: env('S3_REGION', 'us-east-1'),
        // Unset for AWS; the store's address otherwise (MinIO, R2, ...).
        endpoint: env('S3_ENDPOINT'),
        forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
        params: {
          Bucket: env('S3_BUCKET'),
          // Files must be publicly readable; S3_ACL=none sends no ACL, for buckets with ACLs disabled (new AWS buckets, R2).
          ACL: env('S3_ACL', 'public-read') === 'none' ? undefined : env('S3_ACL', 'public-read'),
        },
      },
    },
    actionOptions: { upload: {}, uploadStream: {}, delete: {} },
  },
});

/**
 * Mail: Strapi's email plugin sends through an SMTP server when SMTP_HOST names one (nodemailer);
 * then visitors may follow networks by e-mail. Without it, Treffpunkt sends no mail at all and
 * the follow dialog offers calendars only. See docs/operators.md, "Mail".
 */
const smtpEmail = (env) => ({
  config: {
    provider: 'nodemailer',
    providerOptions: {
      host: env('SMTP_HOST'),
      port: env.int('SMTP_PORT', 587),
      // true for port 465 (TLS from the start); otherwise STARTTLS when the server offers it.
      secure: env.bool('SMTP_SECURE', false),
      ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
    },
    settings: { defaultFrom: env('EMAIL_FROM'), defaultReplyTo: env('EMAIL_FROM') },
  },
});

export default ({ env }) => ({
  ...(env('UPLOAD_PROVIDER') === 'aws-s3' ? { upload: s3Upload(env) } : {}),
  ...(env('SMTP_HOST') ? { email: smtpEmail(env) } : {}),
  // The Treffpunkt plugin, installed from the workspace package strapi-plugin-treffpunkt like from npm.
  treffpunkt: {
    enabled: true,
    config: {
      // Origins allowed to read the public API; '*' answers any website.
      corsOrigins: env.array('TREFFPUNKT_CORS_ORIGINS', ['*']),
      // Origins allowed to show the embed pages (/treffpunkt/embed/…) in a frame; '*' is any website.
      frameAncestors: env.array('TREFFPUNKT_FRAME_ANCESTORS', ['*']),
      // Start the plugin's clock at this instant instead of the system time (demos and tests).
      now: env('TREFFPUNKT_NOW'),
      // On stop: seconds of answering 503 on /treffpunkt/ready before closing (balancers that probe), and the longest wait for requests in flight.
      shutdownDelaySeconds: env.float('TREFFPUNKT_SHUTDOWN_DELAY', 0),
      drainTimeoutSeconds: env.float('TREFFPUNKT_DRAIN_TIMEOUT', 10),
      // Reading the sources an office mirrors (docs/operators.md, "Sources").
      sources: {
        enabled: env.bool('TREFFPUNKT_SOURCES_ENABLED', true),
        intervalMinutes: env.int('TREFFPUNKT_SOURCES_INTERVAL', 15),
        // Only when the sources are in the CMS's own private network (and for tests).
        allowPrivateAddresses: env.bool('TREFFPUNKT_SOURCES_ALLOW_PRIVATE', false),
        timeoutSeconds: env.int('TREFFPUNKT_SOURCES_TIMEOUT', 20),
        maxBytes: env.int('TREFFPUNKT_SOURCES_MAX_BYTES', 10_000_000),
      },
      // Following by e-mail, only where mail can be sent; how often each instance looks for mails to send; a client's requests per hour.
      followByEmail: Boolean(env('SMTP_HOST')),
      mailQueueIntervalSeconds: env.int('TREFFPUNKT_MAIL_QUEUE_INTERVAL', 10),
      followRequestsPerClientPerHour: env.int('TREFFPUNKT_FOLLOW_REQUESTS_PER_HOUR', 10),
    },
  },
});
