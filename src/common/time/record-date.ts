import { parseIsoDate } from './local-date';
import { parseRocDate } from './roc-date';
import { TAIPEI_ZONE } from './taipei-zone';

const FULL_WIDTH_DIGIT = /[０-９]/g;
const COMPACT_ROC_DATE = /^(\d{3})(\d{2})(\d{2})$/;
const WESTERN_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const ROC_PREFIX = /^(中華)?民國/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Full-width digits and colons as half-width, spaces trimmed: `１１２/０３/０５` → `112/03/05`. */
function halfWidth(text: string): string {
  return text
    .trim()
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':');
}

/**
 * Taipei midnight of a date as the office's files write it: ROC `112/03/05`, `112.3.5`,
 * `112年3月5日`, `民國112年3月5日`, the 7-digit `1120305`, or Western `2023-03-05` / `2023/3/5`,
 * full-width digits included. Throws a RangeError naming the text otherwise.
 */
export function parseRecordDate(text: string): Date {
  const plain = halfWidth(text).replace(ROC_PREFIX, '');
  const compact = COMPACT_ROC_DATE.exec(plain);
  if (compact) return parseRocDate(`${compact[1]}/${compact[2]}/${compact[3]}`);
  const western = WESTERN_DATE.exec(plain);
  if (western) {
    const iso = `${western[1]}-${western[2].padStart(2, '0')}-${western[3].padStart(2, '0')}`;
    return parseIsoDate(iso, TAIPEI_ZONE).toJSDate();
  }
  return parseRocDate(plain);
}

/** A date as parseRecordDate reads it, optionally followed by a Taipei time `14:05`: `112/03/05 14:05`. */
export function parseRecordDateTime(text: string): Date {
  const [datePart, timePart, ...rest] = halfWidth(text).split(/\s+/);
  const midnight = parseRecordDate(datePart);
  if (timePart === undefined) return midnight;
  const time = TIME_OF_DAY.exec(timePart);
  const [hours, minutes, seconds] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)] : [99, 0, 0];
  if (rest.length || hours > 23 || minutes > 59 || seconds > 59) {
    throw new RangeError(`Unrecognised time in "${text}": expected a form like 112/03/05 14:05`);
  }
  return new Date(midnight.getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000);
}
