export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The public address of the CMS; widgets, feeds and image URLs are made absolute with it.
  url: env('PUBLIC_URL', ''),
  // The folder served at / and holding uploaded media (uploads/) with the local upload provider.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: { keys: env.array('APP_KEYS') },
  proxy: { koa: env.bool('IS_PROXIED', false) },
});
