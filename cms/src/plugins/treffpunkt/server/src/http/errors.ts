import type { ErrorResponse } from 'treffpunkt-shared/wire';

/** An error a visitor's request caused; the public API answers it as JSON with its status. */
export class PublicApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 501,
    readonly errorName: ErrorResponse['error']['name'],
    message: string,
    readonly parameter?: string,
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
