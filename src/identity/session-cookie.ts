import type { FastifyReply, FastifyRequest } from 'fastify';

/** The browser's session: the same signed token as a bearer header, in an httpOnly cookie. */
export const SESSION_COOKIE = 'fo_session';
export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_HEADER_VALUE = 'facilities-ops';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}

export function sessionTokenOf(request: FastifyRequest): string | null {
  return request.cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * Whether this request must prove it came from our own pages: it changes something and its
 * credentials are the cookie (which the browser would also attach to a forged cross-site request),
 * not a bearer header (which only a script of ours could have added).
 */
export function needsCsrfHeader(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  if (request.headers.authorization?.startsWith('Bearer ')) return false;
  if (!sessionTokenOf(request)) return false;
  return request.headers[CSRF_HEADER.toLowerCase()] !== CSRF_HEADER_VALUE;
}
