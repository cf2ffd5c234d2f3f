import type { FastifyRequest } from 'fastify';

export const VERIFY_PATH = 'parking/verify';

/**
 * The public URL a printed QR code opens: PARKING_PUBLIC_BASE_URL, else the Host the officer's
 * browser asked for. Never X-Forwarded-Host, not even from a trusted proxy: whoever can set that
 * header would choose where every printed permit points.
 */
export function verificationUrlOf(token: string, configuredBase: string | null, request: FastifyRequest): string {
  const base = configuredBase ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
  return `${base}/${VERIFY_PATH}/${token}`;
}
