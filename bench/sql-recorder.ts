/**
 * Preloaded (`node -r`) into a throwaway service instance, never the measured one: appends every
 * statement the `pg` driver sends, with its parameters, as one JSON line to BENCH_SQL_RECORD_FILE.
 * The harness uses it to learn the exact SQL of the live figures, whatever the sections run today.
 */
import { appendFileSync } from 'node:fs';
import { Client } from 'pg';

const file = process.env.BENCH_SQL_RECORD_FILE;
if (file) {
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
    this: Client,
    ...args: unknown[]
  ) {
    const [config, values] = args as [string | { text?: string; values?: unknown[] }, unknown];
    const text = typeof config === 'string' ? config : config?.text;
    const parameters = Array.isArray(values) ? values : typeof config === 'object' ? config?.values : undefined;
    if (text) appendFileSync(file, `${JSON.stringify({ text, values: parameters ?? [] })}\n`);
    return original.apply(this, args);
  };
}
