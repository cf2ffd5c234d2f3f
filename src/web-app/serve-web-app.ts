import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromProjectRoot } from '../config/project-root';
import { CSP_NONCE_PLACEHOLDER, pageSecurityPolicy, pageWithNonce } from './page-security-policy';

export const WEB_BUILD_DIR = 'web/dist';

/** Vite names what it emits under assets/ by content hash; a precompressed copy adds .br or .gz. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+(\.br|\.gz)?$/;

/** A browser navigating (a page load), not an API client: only those get the app's page. */
function wantsPage(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html')
  );
}

function sendPage(html: string, reply: FastifyReply): FastifyReply {
  const nonce = randomBytes(16).toString('base64');
  return reply
    .code(200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', pageSecurityPolicy(nonce))
    .send(pageWithNonce(html, nonce));
}

/**
 * Serves the web app's build (`npm run build:web`) from the service itself: hashed assets with an
 * immutable cache, precompressed copies when the browser accepts them, and `index.html` for every
 * page load that no API route answers, so client routes survive a reload. API clients asking an
 * unknown path still get the JSON 404 error body. Without a build (API-only tests) it serves nothing.
 */
export async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const root = fromProjectRoot(WEB_BUILD_DIR);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    Logger.warn(`no web build in ${WEB_BUILD_DIR}; run npm run build:web to serve the web app`, 'WebApp');
    return;
  }
  const html = readFileSync(indexFile, 'utf8');
  if (!html.includes(CSP_NONCE_PLACEHOLDER)) throw new Error(`${indexFile} has no CSP nonce placeholder`);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    decorateReply: false,
    preCompressed: true,
    allowedPath: (path) => path !== '/index.html',
    setHeaders: (reply, path) => {
      void reply.header(
        'cache-control',
        HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      );
    },
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.is404 && wantsPage(request)) return sendPage(html, reply);
  });
}
