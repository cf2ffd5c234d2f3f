import cookie from '@fastify/cookie';
import { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { codeOfStatus } from '../common/errors/global-exception.filter';
import { guardedJsonParser } from '../common/validation/json-body';
import { AppConfig } from '../config/app-config.schema';
import { loadAppConfig } from '../config/load-app-config';
import { serveWebApp } from '../web-app/serve-web-app';
import { jsonBytes } from './json-bytes';
import { setUpOpenApi } from './open-api';
import { addSecurityHeaders } from './security-headers';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes a caller's X-Request-Id when it is sane, else makes one; pino-http logs the same id. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  (request as IncomingMessage & { id: string }).id = id;
  return id;
}

/** Attachments arrive base64-encoded in JSON, so the body must fit the largest upload's encoding. */
function bodyLimitOf(config: AppConfig): number {
  return Math.max(config.http.bodyLimitBytes, Math.ceil((config.uploads.maxBytes * 4) / 3) + 64 * 1024);
}

/** Errors Fastify raises before routing (a bad URL, a path parameter too long) get the error body too. */
function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const statusCode = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void reply
    .code(statusCode)
    .send({ statusCode, code: codeOfStatus(statusCode), message: error.message, requestId: String(request.id) });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a 100 kB URL overflows the header
 * limit: 431) get the error body too, written straight to the socket as Fastify's default does.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const statusCode = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const requestId = randomUUID();
  const body = JSON.stringify({
    statusCode,
    code: codeOfStatus(statusCode),
    message: statusCode === 431 ? 'the URL or the headers are too large' : 'the request could not be read',
    requestId,
  });
  socket.end(
    [
      `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      `x-request-id: ${requestId}`,
      'connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

/**
 * Builds the HTTP application on Fastify with the same settings for `npm start`, the tests and
 * the benchmark: request ids, security headers, cookies, CORS, OpenAPI at /docs, the web app at /.
 */
export async function createApp(
  rootModule: NonNullable<ModuleMetadata['imports']>[number],
): Promise<NestFastifyApplication> {
  const config = loadAppConfig();
  const adapter = new FastifyAdapter({
    genReqId: requestIdOf,
    // Forwarding headers only from the configured proxies (TRUSTED_PROXIES), never from anyone.
    trustProxy: config.http.trustedProxies.length ? config.http.trustedProxies : false,
    bodyLimit: bodyLimitOf(config),
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule as never, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser(
    'application/json',
    { bodyLimit: bodyLimitOf(config) },
    guardedJsonParser(adapter.getInstance().getDefaultJsonParser('error', 'error')),
  );
  // JSON answers go out as UTF-8 bytes, their lists an element at a time (`jsonBytes`): given a
  // string, Fastify scans it again for its byte length, which cost a tenth of a ticket page's time
  // (90 kB, much of it Chinese). Fastify sends a Buffer as it is; its types only admit a string here.
  adapter.getInstance().setReplySerializer((payload) => jsonBytes(payload) as unknown as string);
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  addSecurityHeaders(adapter.getInstance(), {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The API docs page has inline styles; the web app's page sends its own, stricter policy.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  app.enableCors({ origin: config.http.corsOrigins.length ? config.http.corsOrigins : false });
  setUpOpenApi(app);
  await serveWebApp(app);
  return app;
}
