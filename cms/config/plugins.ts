export default ({ env }) => ({
  // The Treffpunkt plugin, installed from the workspace package strapi-plugin-treffpunkt like from npm.
  treffpunkt: {
    enabled: true,
    config: {
      // Origins allowed to read the public API; '*' answers any website.
      corsOrigins: env.array('TREFFPUNKT_CORS_ORIGINS', ['*']),
      // This app is the demo: it creates the demo networks, meetings and reports on first start with an empty database.
      demoContent: env.bool('TREFFPUNKT_DEMO_CONTENT', true),
      // Start the plugin's clock at this instant instead of the system time (demos and tests).
      now: env('TREFFPUNKT_NOW'),
    },
  },
});
