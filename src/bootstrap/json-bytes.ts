const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');
const OPEN_OBJECT = Buffer.from('{');
const CLOSE_OBJECT = Buffer.from('}');
const COMMA = Buffer.from(',');
const NULL = Buffer.from('null');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

function pushArray(parts: Buffer[], items: unknown[]): void {
  parts.push(OPEN_ARRAY);
  for (let index = 0; index < items.length; index++) {
    if (index) parts.push(COMMA);
    const text = JSON.stringify(items[index]) as string | undefined;
    parts.push(text === undefined ? NULL : Buffer.from(text));
  }
  parts.push(CLOSE_ARRAY);
}

/**
 * The JSON of an answer as UTF-8 bytes, exactly as `JSON.stringify` writes it, with the arrays of
 * the answer (a page's items, a ticket's history) written an element at a time. One string of a
 * whole page of tickets (90 kB, much of it Chinese) passes V8's 128 KiB line for ordinary heap
 * objects: V8 then builds it in pieces and flattens it into a new large object before it can be
 * encoded, 1.8 ms a page against 0.4 ms for the same bytes made item by item.
 */
export function jsonBytes(payload: unknown): Buffer {
  if (Array.isArray(payload)) {
    const parts: Buffer[] = [];
    pushArray(parts, payload);
    return Buffer.concat(parts);
  }
  if (!isPlainObject(payload)) return Buffer.from(JSON.stringify(payload) ?? '');
  const parts: Buffer[] = [OPEN_OBJECT];
  for (const [key, value] of Object.entries(payload)) {
    const text = Array.isArray(value) ? '' : (JSON.stringify(value) as string | undefined);
    if (text === undefined) continue;
    parts.push(Buffer.from(`${parts.length > 1 ? ',' : ''}${JSON.stringify(key)}:${text}`));
    if (Array.isArray(value)) pushArray(parts, value);
  }
  parts.push(CLOSE_OBJECT);
  return Buffer.concat(parts);
}
