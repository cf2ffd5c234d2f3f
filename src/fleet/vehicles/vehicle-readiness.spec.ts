import { readinessProblems } from './vehicle-readiness';

const ready = { status: 'active' as const, insuranceExpiresOn: '2026-12-31', inspectionDueOn: '2026-12-31' };
const tripEnd = new Date('2026-12-31T09:00:00Z'); // 17:00 in Taipei, still the 31st

describe('vehicle readiness', () => {
  it('lets an active vehicle with valid papers through up to the last valid day', () => {
    expect(readinessProblems(ready, tripEnd)).toEqual([]);
  });

  it('lists every reason a vehicle is refused', () => {
    const lapsed = { status: 'maintenance' as const, insuranceExpiresOn: '2026-12-30', inspectionDueOn: '2026-12-01' };
    expect(readinessProblems(lapsed, tripEnd)).toEqual([
      'the vehicle is in maintenance',
      'insurance lapsed on 2026-12-30',
      'periodic inspection was due on 2026-12-01',
    ]);
    expect(readinessProblems({ ...ready, status: 'retired' }, tripEnd)).toEqual(['the vehicle is retired']);
  });

  it('judges the trip end by its Taipei date', () => {
    expect(readinessProblems(ready, new Date('2026-12-31T16:30:00Z'))).toEqual([
      'insurance lapsed on 2026-12-31',
      'periodic inspection was due on 2026-12-31',
    ]);
  });
});
