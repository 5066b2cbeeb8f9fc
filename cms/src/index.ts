// The app itself adds nothing: everything Treffpunkt does lives in the plugin under src/plugins/treffpunkt.
export default {
  register() {},
  bootstrap() {},
};
