/** PostgreSQL's own wording, which can quote whole rows: it must never reach a client. */
const RAW_DATABASE_TEXT =
  /Failing row contains|violates (check|foreign key|unique|not-null|exclusion) constraint|duplicate key value|conflicting key value/i;

/** What is wrong with an error response, or undefined when it has the one error body of the service. */
export function errorBodyProblem(status: number, body: unknown): string | undefined {
  const error = body as { statusCode?: unknown; code?: unknown; message?: unknown; requestId?: unknown } | undefined;
  if (typeof error !== 'object' || error === null)
    return `body is not an object: ${JSON.stringify(body)?.slice(0, 120)}`;
  if (error.statusCode !== status) return `statusCode ${String(error.statusCode)} differs from HTTP ${status}`;
  for (const field of ['code', 'message', 'requestId'] as const) {
    if (typeof error[field] !== 'string' || !(error[field] as string).length)
      return `no ${field} in ${JSON.stringify(body).slice(0, 160)}`;
  }
  if (RAW_DATABASE_TEXT.test(JSON.stringify(body))) return `raw database text in ${JSON.stringify(body).slice(0, 160)}`;
  return undefined;
}
