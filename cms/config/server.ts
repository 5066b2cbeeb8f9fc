export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The public address of the CMS; widgets, feeds and image URLs are made absolute with it.
  url: env('PUBLIC_URL', ''),
  // The folder served at / and holding uploaded media (uploads/) with the local upload provider.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: { keys: env.array('APP_KEYS') },
  proxy: { koa: env.bool('IS_PROXIED', false) },
  // Idle connections stay open longer than nginx, load balancers and HTTP clients keep them for
  // reuse (up to 60 s): with Node's 5 s, a request sent on a connection the CMS had just closed
  // ends in a reset (a 502 behind a proxy).
  http: { serverOptions: { keepAliveTimeout: 65_000, headersTimeout: 66_000 } },
});
