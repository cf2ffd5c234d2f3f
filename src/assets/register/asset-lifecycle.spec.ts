import {
  ASSET_STATUSES,
  canMove,
  canTransition,
  isDisposed,
  isEarlyScrap,
  MOVEMENT_KINDS,
  serviceLifeEndsOn,
  STATUS_AFTER_MOVEMENT,
} from './asset-lifecycle';

describe('asset lifecycle', () => {
  it('lets an asset go between in use and idle', () => {
    expect(canTransition('in_use', 'idle')).toBe(true);
    expect(canTransition('idle', 'in_use')).toBe(true);
  });

  it('transfers, donates and sells only idle property', () => {
    for (const kind of ['transfer', 'donation', 'sale'] as const) {
      expect(canMove('idle', kind)).toBe(true);
      expect(canMove('in_use', kind)).toBe(false);
    }
  });

  it('scraps from in use or idle, and writes off a missing asset by scrapping it', () => {
    expect(canMove('in_use', 'scrap')).toBe(true);
    expect(canMove('idle', 'scrap')).toBe(true);
    expect(canMove('missing', 'scrap')).toBe(true);
    expect(canMove('missing', 'transfer')).toBe(false);
  });

  it('lets a missing asset turn up again', () => {
    expect(canTransition('in_use', 'missing')).toBe(true);
    expect(canTransition('missing', 'in_use')).toBe(true);
    expect(canTransition('missing', 'idle')).toBe(true);
  });

  it('never moves a disposed asset again, nor brings it back', () => {
    const disposed = ASSET_STATUSES.filter(isDisposed);
    expect(disposed).toEqual(['transferred', 'donated', 'sold', 'scrapped']);
    for (const status of disposed) {
      for (const kind of MOVEMENT_KINDS) expect(canMove(status, kind)).toBe(false);
      for (const to of ASSET_STATUSES) expect(canTransition(status, to)).toBe(false);
    }
  });

  it('agrees with the status each movement leaves behind', () => {
    for (const kind of MOVEMENT_KINDS) {
      expect(canTransition('idle', STATUS_AFTER_MOVEMENT[kind])).toBe(true);
      expect(isDisposed(STATUS_AFTER_MOVEMENT[kind])).toBe(true);
    }
  });

  it('computes the end of the minimum service life', () => {
    expect(serviceLifeEndsOn('2018-03-15', 5)).toBe('2023-03-15');
    expect(serviceLifeEndsOn('2020-02-29', 1)).toBe('2021-02-28');
  });

  it('calls a scrap early until the service life has elapsed', () => {
    expect(isEarlyScrap('2018-03-15', 5, '2023-03-14')).toBe(true);
    expect(isEarlyScrap('2018-03-15', 5, '2023-03-15')).toBe(false);
    expect(isEarlyScrap('2018-03-15', 0, '2018-03-15')).toBe(false);
  });
});
