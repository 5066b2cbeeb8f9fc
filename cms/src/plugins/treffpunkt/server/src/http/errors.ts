import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { ErrorResponse } from 'treffpunkt-shared/wire';

/** An error a visitor's request caused; the public API answers it as JSON with its status. */
export class PublicApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 429 | 501,
    readonly errorName: ErrorResponse['error']['name'],
    message: string,
    readonly parameter?: string,
    /** Of a 429: the seconds until the client may ask again (Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  toResponse(): ErrorResponse {
    const error: ErrorResponse['error'] = { status: this.status, name: this.errorName, message: this.message };
    if (this.parameter) error.parameter = this.parameter;
    return { error };
  }
}

export const badRequest = (parameter: string, message: string) => new PublicApiError(400, 'BadRequest', message, parameter);

export const notFound = (message: string, parameter?: string) => new PublicApiError(404, 'NotFound', message, parameter);

export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new PublicApiError(429, 'TooManyRequests', message, undefined, retryAfterSeconds);

/** The public API's answer to an error: the visitor's as JSON naming the parameter, ours as a 500 without details (logged). */
export function answerPublicError(strapi: Core.Strapi, ctx: Context, error: unknown) {
  const known = error instanceof PublicApiError;
  if (!known) strapi.log.error(`treffpunkt: ${ctx.method} ${ctx.url} failed`, error);
  ctx.status = known ? error.status : 500;
  ctx.set('Cache-Control', 'no-store');
  if (known && error.retryAfterSeconds) ctx.set('Retry-After', String(error.retryAfterSeconds));
  ctx.body = known
    ? error.toResponse()
    : ({
        error: { status: 500, name: 'InternalError', message: 'Something went wrong on our side; please try again later.' },
      } satisfies ErrorResponse);
}
