import { toRocYear } from '../common/time';

/** `2018-03-15` → `107/03/15`, as the register's printouts write a date. */
export function rocIsoDate(isoDate: string): string {
  return `${toRocYear(Number(isoDate.slice(0, 4)))}/${isoDate.slice(5, 7)}/${isoDate.slice(8, 10)}`;
}
