/**
 * Admin panel settings of the app. German is offered next to English: each editor picks the
 * interface language in their profile (or on the login page). The Treffpunkt plugin ships its
 * field labels, help texts and screens in both.
 */
export default {
  config: {
    locales: ['de'],
  },
  bootstrap() {},
};
