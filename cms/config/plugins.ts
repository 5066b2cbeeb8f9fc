export default ({ env }) => ({
  treffpunkt: {
    enabled: true,
    resolve: './src/plugins/treffpunkt',
    config: {
      // Origins allowed to read the public API; '*' answers any website.
      corsOrigins: env.array('TREFFPUNKT_CORS_ORIGINS', ['*']),
      // Create the demo networks, meetings and reports on first start with an empty database.
      demoContent: env.bool('TREFFPUNKT_DEMO_CONTENT', true),
      // Start the plugin's clock at this instant instead of the system time (demos and tests).
      now: env('TREFFPUNKT_NOW'),
    },
  },
});
