import { readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

const here = import.meta.dirname;

/** The service puts each page response's nonce here (src/web-app/page-security-policy.ts; it refuses a build without it). */
const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Every first path segment the API answers, read from its OpenAPI document, so the dev proxy never goes stale. */
function apiSegments(): string[] {
  const document = JSON.parse(readFileSync(join(here, 'src/api/openapi.json'), 'utf8')) as { paths: object };
  const segments = Object.keys(document.paths).map((path) => path.split('/')[1]);
  return [...new Set([...segments, 'docs', 'docs-json'])];
}

/** Like the service: a page load (a browser navigation) gets the app; API calls go to the service. */
function proxyTo(target: string): ProxyOptions {
  return {
    target,
    bypass: (request: IncomingMessage) =>
      (request.headers.accept ?? '').includes('text/html') ? '/index.html' : undefined,
  };
}

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;

/**
 * Writes `.br` and `.gz` beside each text asset once at build time, so the service hands out
 * compressed files (@fastify/static `preCompressed`) without compressing on every request.
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const files = Object.values(bundle).filter((file) => COMPRESSIBLE.test(file.fileName));
      await Promise.all(
        files.map(async (file) => {
          const path = join(options.dir!, file.fileName);
          const content = readFileSync(path);
          if (content.length < 1024) return;
          const [brotli, gzipped] = await Promise.all([
            promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            promisify(gzip)(content, { level: 9 }),
          ]);
          writeFileSync(`${path}.br`, brotli);
          writeFileSync(`${path}.gz`, gzipped);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [precompress()],
  root: here,
  oxc: { jsx: { runtime: 'automatic' } },
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Ant Design's modules start with "use client" (for React Server Components); meaningless in a browser bundle.
      onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : handler(level, log)),
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: Object.fromEntries(
      apiSegments().map((segment) => [`/${segment}`, proxyTo(`http://localhost:${process.env.PORT ?? 3000}`)]),
    ),
  },
});
