import { collectionOf, Operation } from './open-api';

export type GetJson = (path: string) => Promise<{ status: number; body: unknown }>;

function firstItemOf(body: unknown): Record<string, unknown> | undefined {
  const items = Array.isArray(body) ? body : (body as { items?: unknown })?.items;
  return Array.isArray(items) && typeof items[0] === 'object' && items[0] !== null
    ? (items[0] as Record<string, unknown>)
    : undefined;
}

/**
 * Real values for an operation's path parameters, read from the first item of its collection
 * (`/fleet/vehicles/{id}/…` → `GET /fleet/vehicles`): `id`, or a field named like the parameter.
 * Parameters the collection does not give stay unset (the caller substitutes a random uuid).
 */
export async function knownPathValues(
  operation: Operation,
  operations: Operation[],
  get: GetJson,
  fixed: Record<string, string>,
): Promise<Record<string, string>> {
  const values: Record<string, string> = { ...fixed };
  const collection = collectionOf(operation.path);
  const listable =
    collection &&
    operations.some(
      (candidate) =>
        candidate.method === 'GET' &&
        candidate.path === collection &&
        !candidate.queryParameters.some((parameter) => parameter.required),
    );
  if (!listable) return values;
  const response = await get(collection);
  const item = response.status === 200 ? firstItemOf(response.body) : undefined;
  const first = operation.pathParameters[0];
  if (item && first) {
    const value = first.name === 'id' ? item.id : item[first.name];
    if (typeof value === 'string') values[first.name] = value;
  }
  return values;
}
