import type { TestApp } from '../../support/test-app';

export interface HttpResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read field by field in the tests
  body: any;
  /** Milliseconds from sending to the answer (or to the failure). */
  elapsedMs: number;
}

export interface CallOptions {
  token?: string;
  json?: unknown;
  query?: Record<string, string>;
  timeoutMs?: number;
}

/** One HTTP call; a network failure is status 0 (the caller decides whether that is fine). */
export type Call = (method: string, path: string, options?: CallOptions) => Promise<HttpResult>;

/** Calls a service running as a child process over loopback. */
export function fetchClient(baseUrl: string): Call {
  return async (method, path, options = {}) => {
    const started = performance.now();
    const url = new URL(path, baseUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(url, {
        method,
        headers,
        body: options.json === undefined ? undefined : JSON.stringify(options.json),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body, elapsedMs: performance.now() - started };
    } catch (error) {
      return { status: 0, body: { error: (error as Error).message }, elapsedMs: performance.now() - started };
    }
  };
}

/** Calls the in-process test application. */
export function testAppClient(t: TestApp): Call {
  return async (method, path, options = {}) => {
    const started = performance.now();
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let call = t
      .http()
      [verb](path)
      .query(options.query ?? {});
    if (options.token) call = call.set('authorization', `Bearer ${options.token}`);
    if (options.json !== undefined) call = call.send(options.json as object);
    const response = await call;
    return { status: response.status, body: response.body, elapsedMs: performance.now() - started };
  };
}

/** Signs in and returns the bearer token, or throws with the answer. */
export async function signIn(call: Call, username: string, password: string): Promise<string> {
  const response = await call('POST', '/auth/login', { json: { username, password } });
  if (response.status !== 200)
    throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken as string;
}
