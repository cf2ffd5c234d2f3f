/** A constant list of words as SQL literals, for CHECK constraints built from a TypeScript list. */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}
