type ErrorMessageTables = typeof import('./error-messages');

let tables: ErrorMessageTables | undefined;

/**
 * The zh-TW message table is a chunk of its own, fetched with the first failed request, so that it
 * does not weigh on the first page load (the initial bundle budget).
 */
export async function loadErrorMessages(): Promise<ErrorMessageTables> {
  tables ??= await import('./error-messages');
  return tables;
}

/** The table once a failed request has loaded it; undefined before. */
export function loadedErrorMessages(): ErrorMessageTables | undefined {
  return tables;
}
