import type { FastifyRequest } from 'fastify';

export const VERIFY_PATH = 'parking/verify';

/** The public URL a printed QR code opens: the configured base, else this request's own host. */
export function verificationUrlOf(token: string, configuredBase: string | null, request: FastifyRequest): string {
  const base = configuredBase ?? `${request.protocol}://${request.host}`;
  return `${base}/${VERIFY_PATH}/${token}`;
}
