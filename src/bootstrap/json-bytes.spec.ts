import { jsonBytes } from './json-bytes';

describe('jsonBytes', () => {
  const sparse: unknown[] = [1];
  sparse[3] = 4;
  const payloads: unknown[] = [
    {
      items: [{ id: '1', title: '男廁小便斗阻塞', at: new Date(0), sla: { left: 1.5 } }, { id: '2' }],
      nextCursor: null,
    },
    { items: [], nextCursor: 'abc' },
    { skipped: undefined, fn: () => 1, list: [undefined, () => 1, Symbol('s'), null, 'a'], nested: { inner: [1, 2] } },
    { first: [1], second: 'two', third: [[3]] },
    [{ a: 1 }, '二', 3, null],
    sparse,
    { toJSON: () => ({ replaced: true }) },
    new Date(86_400_000),
    '一段文字',
    42,
    null,
    {},
    { 'quote"key': ['\u2028', '\ud83d\ude00'] },
  ];

  it.each(payloads.map((payload) => [payload]))('writes what JSON.stringify writes: %p', (payload) => {
    expect(jsonBytes(payload).toString('utf8')).toBe(JSON.stringify(payload));
  });
});
