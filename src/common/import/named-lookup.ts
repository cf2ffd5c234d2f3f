/** Records by code and by name, as an office's file may write either; a name several records share is no key. */
export interface NamedLookup {
  byKey: Map<string, string>;
  /** Names of more than one record (two centers' 中庭, two drivers 王大明): only a code tells them apart. */
  sharedNames: Set<string>;
}

export function namedLookup(records: { id: string; name: string; code?: string }[]): NamedLookup {
  const named = new Map<string, string[]>();
  for (const record of records) named.set(record.name, [...(named.get(record.name) ?? []), record.id]);
  const sharedNames = new Set([...named].filter(([, ids]) => ids.length > 1).map(([name]) => name));
  const byName = [...named].filter(([name]) => !sharedNames.has(name)).map(([name, ids]) => [name, ids[0]] as const);
  const byCode = records.flatMap((record) => (record.code ? [[record.code, record.id] as const] : []));
  return { byKey: new Map([...byName, ...byCode]), sharedNames };
}
