import { Client } from 'pg';

/** The statements the service sent to PostgreSQL while `work` ran, as it wrote them. */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const sent = jest.spyOn(Client.prototype, 'query');
  try {
    await work();
    return sent.mock.calls.map(([query]) => (typeof query === 'string' ? query : (query as { text: string }).text));
  } finally {
    sent.mockRestore();
  }
}
