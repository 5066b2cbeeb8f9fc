/** This app is the demo: it creates the demo networks, meetings and reports on first start with an empty database (src/demo). */
export default ({ env }) => ({
  content: env.bool('TREFFPUNKT_DEMO_CONTENT', true),
});
