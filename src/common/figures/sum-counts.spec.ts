import { sumCounts } from './sum-counts';

describe('sumCounts', () => {
  it('adds counts key by key, a key missing from some counting as 0', () => {
    expect(sumCounts<string>([{ closed: 3 }, { closed: 4, resolved: 1 }])).toEqual({ closed: 7, resolved: 1 });
    expect(sumCounts<string>([])).toEqual({});
  });
});
