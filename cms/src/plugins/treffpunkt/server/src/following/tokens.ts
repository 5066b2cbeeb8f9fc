/**
 * The tokens in the mails' links: 32 random bytes, so nobody guesses one; stored only as a hash,
 * so the database alone opens no link; each for one purpose, so a confirmation link never
 * unsubscribes and an unsubscribe link never confirms.
 */
import { createHash, randomBytes } from 'node:crypto';

export type TokenPurpose = 'confirm' | 'unsubscribe';

/** What a token looks like in a link: 32 bytes in base64url. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const newToken = () => randomBytes(32).toString('base64url');

/** The stored form: the purpose is part of what is hashed. */
export const tokenHash = (purpose: TokenPurpose, token: string) => createHash('sha256').update(`${purpose}:${token}`).digest('hex');
