import { Call, signIn } from './http-client';
import { discoverWriters, RecordWriter } from './record-factories';

export interface Acknowledged {
  kind: string;
  table: string;
  id: string;
  /** Unique values the answer carried (username, serial, number), to look for duplicates. */
  body: Record<string, unknown>;
}

export interface LoadResult {
  acknowledged: Acknowledged[];
  statuses: Map<number, number>;
}

/** Signs in the seeded accounts and finds what this build can create. */
export async function writersFor(
  call: Call,
  password: string,
): Promise<{ writers: RecordWriter[]; skipped: string[]; adminToken: string }> {
  const adminToken = await signIn(call, 'admin', password);
  const requesterToken = await signIn(call, 'requester', password);
  const requester = (await call('GET', '/users/me', { token: requesterToken })).body as { agencyId: string };
  const admin = (await call('GET', '/users/me', { token: adminToken })).body as { agencyId: string };
  const paths = Object.keys(((await call('GET', '/docs-json')).body as { paths: object }).paths);
  const found = await discoverWriters(
    { call, adminToken, requesterToken, requesterAgencyId: requester.agencyId, officeAgencyId: admin.agencyId },
    paths,
  );
  return { ...found, adminToken };
}

/**
 * Runs `workers` loops that create records round-robin over the writers until `stop()` says so,
 * a loop has made `maxPerWorker` requests, or its service stops answering (status 0). Fills
 * `result` as it goes (a caller may watch it) with every record whose creation got a 2xx.
 */
export async function runWriteLoad(
  writers: RecordWriter[],
  options: { workers: number; maxPerWorker: number; offset: number; stop?: () => boolean },
  result: LoadResult = { acknowledged: [], statuses: new Map() },
): Promise<LoadResult> {
  const { acknowledged, statuses } = result;
  const stop = options.stop ?? (() => false);
  await Promise.all(
    Array.from({ length: options.workers }, async (_, worker) => {
      for (let step = 0; step < options.maxPerWorker && !stop(); step++) {
        const index = options.offset + worker * options.maxPerWorker + step;
        const writer = writers[index % writers.length];
        const response = await writer.create(index);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 200 && response.status < 300)
          acknowledged.push({
            kind: writer.kind,
            table: writer.table,
            id: String(response.body.id),
            body: response.body,
          });
        if (response.status === 0) return;
      }
    }),
  );
  return result;
}
