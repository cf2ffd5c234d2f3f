import { parseRecordDate, parseRecordDateTime } from './record-date';

const MARCH_5_2023_TAIPEI = new Date('2023-03-04T16:00:00Z');

describe('parseRecordDate', () => {
  it.each(['112/03/05', '112-3-5', '112.03.05', '1120305', '112年3月5日', '民國112年3月5日', '中華民國112年3月5日'])(
    'reads the ROC form %s',
    (text) => expect(parseRecordDate(text)).toEqual(MARCH_5_2023_TAIPEI),
  );

  it.each(['2023-03-05', '2023/3/5', '２０２３-０３-０５', '１１２/０３/０５', ' 112/03/05 '])(
    'reads the Western or full-width form %s',
    (text) => expect(parseRecordDate(text)).toEqual(MARCH_5_2023_TAIPEI),
  );

  it('reads a zero-padded seven-digit date of an early ROC year', () => {
    expect(parseRecordDate('0890101')).toEqual(new Date('1999-12-31T16:00:00Z'));
  });

  it.each(['112/02/30', '1120230', '2023-02-30', '11203', 'March 5', ''])('refuses %p', (text) => {
    expect(() => parseRecordDate(text)).toThrow(RangeError);
  });
});

describe('parseRecordDateTime', () => {
  it('adds a Taipei time of day', () => {
    expect(parseRecordDateTime('112/03/05 14:05')).toEqual(new Date('2023-03-05T06:05:00Z'));
    expect(parseRecordDateTime('2023-03-05 23:59:59')).toEqual(new Date('2023-03-05T15:59:59Z'));
    expect(parseRecordDateTime('1120305')).toEqual(MARCH_5_2023_TAIPEI);
  });

  it.each(['112/03/05 24:00', '112/03/05 9', '112/03/05 10:00 extra'])('refuses %p', (text) => {
    expect(() => parseRecordDateTime(text)).toThrow(RangeError);
  });
});
