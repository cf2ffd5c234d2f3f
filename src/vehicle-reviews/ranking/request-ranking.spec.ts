import { loadRankingRules } from './ranking-rules';
import { agencyGroupOf, RankedFacts, rankOf } from './request-ranking';

const rules = loadRankingRules();

function facts(overrides: Partial<RankedFacts>): RankedFacts {
  return { kind: 'car', agencyCode: 'FINANCE', replacedAgeYears: null, replacedKm: null, ...overrides };
}

describe('the pre-review ranking (config/vehicle-review-ranking.json)', () => {
  it('puts the replacement of over-age police and fire special vehicles first', () => {
    expect(rankOf(rules, facts({ kind: 'special_vehicle', agencyCode: 'POLICE', replacedAgeYears: 12 })).rank).toBe(1);
    expect(rankOf(rules, facts({ kind: 'special_vehicle', agencyCode: 'FIRE', replacedKm: 250000 })).rank).toBe(1);
  });

  it('ranks other over-age replacements second, lease renewals third and the rest last', () => {
    expect(rankOf(rules, facts({ kind: 'special_vehicle', agencyCode: 'SOCIAL', replacedAgeYears: 15 })).rank).toBe(2);
    expect(rankOf(rules, facts({ kind: 'special_vehicle', agencyCode: 'POLICE', replacedAgeYears: 3 })).rank).toBe(4);
    expect(rankOf(rules, facts({ kind: 'motorcycle', replacedAgeYears: 7 })).rank).toBe(2);
    expect(rankOf(rules, facts({ kind: 'lease_renewal' }))).toEqual({ rank: 3, label: '續租', overAge: false });
    expect(rankOf(rules, facts({ kind: 'car', replacedAgeYears: 9, replacedKm: 199999 }))).toEqual({
      rank: 4,
      label: '一般申請',
      overAge: false,
    });
  });

  it('groups agencies as police, fire and others', () => {
    expect(['POLICE', 'FIRE', 'EDUCATION'].map((code) => agencyGroupOf(rules, code))).toEqual([
      'police',
      'fire',
      'others',
    ]);
  });

  it('stops the boot on a file that is not a ranking rule, naming the file and the keys', () => {
    expect(() => loadRankingRules('package.json')).toThrow(/^package\.json is invalid: .*priorities/);
  });
});
