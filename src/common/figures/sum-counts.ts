/** Adds counts key by key, e.g. the months' `{ closed: 3 }` and `{ closed: 4, resolved: 1 }` to `{ closed: 7, resolved: 1 }`. */
export function sumCounts<Key extends string>(counts: Partial<Record<Key, number>>[]): Record<Key, number> {
  const sums = {} as Record<Key, number>;
  for (const each of counts) {
    for (const key in each) sums[key] = (sums[key] ?? 0) + each[key]!;
  }
  return sums;
}
