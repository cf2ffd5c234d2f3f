import { AgenciesService } from '../agencies/agencies.service';

/** The names of the agencies, by id, for the venue staff's lists (the day sheet, the approval queue). */
export async function agencyNamesOf(agencies: AgenciesService, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) names.set(id, (await agencies.get(id)).name);
  return names;
}
