import { CLEARANCE_STATUSES, CLEARANCE_STEPS, decideClearanceStep, nextClearanceStep } from './clearance-steps';

describe('family dormitory clearance steps', () => {
  it('walks notice → handover → demolition → land return, one state at a time', () => {
    expect(nextClearanceStep('noticed')).toBe('handover');
    expect(nextClearanceStep('handed_over')).toBe('demolition');
    expect(nextClearanceStep('demolished')).toBe('land_return');
    expect(nextClearanceStep('land_returned')).toBeNull();
  });

  it('accepts only the next step from each state and names the expected one otherwise', () => {
    for (const status of CLEARANCE_STATUSES) {
      for (const step of CLEARANCE_STEPS) {
        const decision = decideClearanceStep(status, step);
        expect(decision.ok).toBe(step === nextClearanceStep(status));
        if (!decision.ok) expect(decision.expected).toBe(nextClearanceStep(status));
      }
    }
  });

  it('needs the finance bureau document only for the land return', () => {
    const needing = CLEARANCE_STEPS.filter((step) => {
      const decision = decideClearanceStep(CLEARANCE_STATUSES[CLEARANCE_STEPS.indexOf(step)], step);
      return decision.ok && decision.rule.requiresDocument;
    });
    expect(needing).toEqual(['land_return']);
  });
});
