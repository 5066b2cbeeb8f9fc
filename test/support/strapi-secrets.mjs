import { randomBytes } from 'node:crypto';

/** Fresh values for every secret Strapi needs, for a CMS that lives only as long as a test run or a bench. */
export function strapiSecrets() {
  const secret = () => randomBytes(16).toString('base64');
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}
