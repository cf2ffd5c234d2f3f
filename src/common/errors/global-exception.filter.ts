import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error';
import { ErrorBody } from './error-body';
import { MappedError, mapPostgresError } from './postgres-error-mapper';

const HTTP_CODES: Record<number, string> = {
  400: 'request.invalid',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'route.not_found',
  405: 'route.method_not_allowed',
  408: 'request.timeout',
  409: 'conflict',
  413: 'request.too_large',
  415: 'request.unsupported_media_type',
  422: 'request.unprocessable',
  429: 'request.throttled',
  414: 'request.uri_too_long',
  431: 'request.headers_too_large',
  503: 'service.unavailable',
};

/** The error body's `code` for a bare HTTP status. */
export function codeOfStatus(statusCode: number): string {
  return HTTP_CODES[statusCode] ?? `http.${statusCode}`;
}

function fromHttpException(exception: HttpException): MappedError {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'code' in response) {
    const body = response as MappedError;
    return { statusCode, code: body.code, message: body.message, details: body.details };
  }
  const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
  return { statusCode, code: codeOfStatus(statusCode), message };
}

/** Fastify's own errors (broken JSON, body too large, wrong content type) carry a statusCode. */
function fromFrameworkError(exception: unknown): MappedError | undefined {
  const error = exception as { statusCode?: unknown; message?: string; code?: string };
  if (typeof error?.statusCode !== 'number' || error.statusCode < 400 || error.statusCode >= 500) return undefined;
  return {
    statusCode: error.statusCode,
    code: codeOfStatus(error.statusCode),
    message: error.message ?? 'bad request',
  };
}

/**
 * Turns every failure into the one error body. Unknown errors become a 500 that carries only the
 * request id; the stack goes to the log, never to the client.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const mapped = this.map(exception, request);
    const body: ErrorBody = { ...mapped, requestId: String(request.id) };
    if (body.details === undefined) delete body.details;
    if (mapped.statusCode === HttpStatus.TOO_MANY_REQUESTS && !reply.hasHeader('retry-after'))
      reply.header('retry-after', '60');
    // A route may have set its own content type (a PDF, a calendar); the error body is JSON.
    void reply.status(mapped.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private map(exception: unknown, request: FastifyRequest): MappedError {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.statusCode,
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    const database = mapPostgresError(exception);
    if (database) {
      if (database.statusCode >= 500) this.logger.warn({ requestId: request.id, err: exception }, database.message);
      return database;
    }
    const framework = fromFrameworkError(exception);
    if (framework) return framework;
    this.logger.error({ requestId: request.id, err: exception }, `unhandled error on ${request.method} ${request.url}`);
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal',
      message: 'something went wrong on our side; quote the request id when reporting it',
    };
  }
}
