import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../api/schema';
import { loadErrorMessages } from '../errors/error-messages-loader';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBody'];

/** The header a cross-site form cannot send; the service refuses cookie-authenticated writes without it. */
const CSRF_HEADERS = { 'X-Requested-With': 'facilities-ops' };

/** A refused request, with the service's error body (`{ statusCode, code, message, details?, requestId }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

type Listener = () => void;
const sessionExpiredListeners = new Set<Listener>();

/** Called when a signed-in request comes back 401: the session cookie expired or was revoked. */
export function onSessionExpired(listener: Listener): () => void {
  sessionExpiredListeners.add(listener);
  return () => sessionExpiredListeners.delete(listener);
}

/** Routes whose 401 means "not signed in (yet)" rather than "the session ended". */
const SIGN_IN_PATHS = ['/auth/session', '/auth/me'];

const expiryWatch: Middleware = {
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !SIGN_IN_PATHS.includes(schemaPath))
      for (const listener of sessionExpiredListeners) listener();
  },
};

/** The typed API client: same origin, the session cookie, the CSRF header. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'include', headers: CSRF_HEADERS });
api.use(expiryWatch);

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'statusCode' in value;
}

/** The data of a successful call, or an ApiError carrying the error body (for TanStack Query). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body: ErrorBody = isErrorBody(error)
    ? error
    : { statusCode: response.status, code: `http.${response.status}`, message: response.statusText, requestId: '' };
  await loadErrorMessages();
  throw new ApiError(response.status, body);
}
