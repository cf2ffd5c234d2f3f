import { VehicleRequestKind } from '../vehicle-review-kinds';
import { RankingRules } from './ranking-rules';

/** The agency group every agency not named in the rules belongs to. */
export const OTHERS_GROUP = 'others';

export interface RankedFacts {
  kind: VehicleRequestKind;
  agencyCode: string;
  replacedAgeYears: number | null;
  replacedKm: number | null;
}

export interface Rank {
  /** 1 is reviewed first; lines matching no priority rank after every priority. */
  rank: number;
  label: string;
  overAge: boolean;
}

export function agencyGroupOf(rules: RankingRules, agencyCode: string): string {
  return rules.agencyGroups.find((group) => group.agencyCodes.includes(agencyCode))?.key ?? OTHERS_GROUP;
}

export function agencyGroupLabel(rules: RankingRules, group: string): string {
  return rules.agencyGroups.find((candidate) => candidate.key === group)?.label ?? rules.othersLabel;
}

/** Whether the vehicle a line replaces has reached its kind's age or mileage limit. */
export function isOverAge(rules: RankingRules, facts: RankedFacts): boolean {
  const limit = rules.overAge.find((rule) => rule.kind === facts.kind);
  if (!limit) return false;
  return (facts.replacedAgeYears ?? 0) >= limit.years || (facts.replacedKm ?? 0) >= limit.km;
}

/** Where a line stands in the review: the first priority rule it meets. */
export function rankOf(rules: RankingRules, facts: RankedFacts): Rank {
  const overAge = isOverAge(rules, facts);
  const group = agencyGroupOf(rules, facts.agencyCode);
  const index = rules.priorities.findIndex(
    (priority) =>
      (!priority.agencyGroups || priority.agencyGroups.includes(group)) &&
      (!priority.kinds || priority.kinds.includes(facts.kind)) &&
      (!priority.overAgeOnly || overAge),
  );
  if (index < 0) return { rank: rules.priorities.length + 1, label: rules.otherwiseLabel, overAge };
  return { rank: index + 1, label: rules.priorities[index].label, overAge };
}

/** Review order: by rank, then the oldest replaced vehicle first, then first filed. */
export function compareRanked<T extends { rank: number; replacedAgeYears: number | null; createdAt: Date }>(
  a: T,
  b: T,
): number {
  return (
    a.rank - b.rank ||
    (b.replacedAgeYears ?? -1) - (a.replacedAgeYears ?? -1) ||
    a.createdAt.getTime() - b.createdAt.getTime()
  );
}
