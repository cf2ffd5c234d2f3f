import { DiscoveryService } from '@nestjs/core';
import type { Period } from '../time';

/**
 * The figures contract (issue 9). Every module that contributes to the general-administration
 * section of the yearly report implements `FiguresProvider` in one file named
 * `<module>-figures.provider.ts` at its folder's top, marks the class with `@ProvidesFigures()`
 * and lists it in its own module's `providers`. Nothing else: the figures module discovers every
 * marked provider at start-up (Nest's DiscoveryService), so it imports no feature module, and a
 * new module's figures appear in the report by adding that one file.
 *
 * A provider only counts. It returns numbers with the words that name them; the report's
 * sentences are templates kept by the figures module (editable by an admin), filled with the
 * figure's `params` plus the period placeholders (`{rocYear}`, `{period}`, `{periodYear}`).
 *
 * Counting rules every provider follows:
 * - flow figures (cases received, trips, permits issued) count the events whose instant falls in
 *   the half-open period [start, end), which the figures module builds on the Taipei calendar;
 * - stock figures (dormitories on the register) are taken at the period's end;
 * - one figure counts one thing: a figure that would mix two kinds of records (agencies'
 *   requests and work orders the service opens itself) is two figures.
 */
export interface FiguresProvider {
  readonly section: FiguresSectionInfo;
  figuresFor(period: Period): Promise<FigureCount[]>;
  /** The earliest Gregorian year holding this module's records, or null; used to warn about missing office calendars. */
  firstYearWithData?(): Promise<number | null>;
}

export interface FiguresSectionInfo {
  /** Stable key, e.g. `fleet`. */
  key: string;
  /** The report's heading, e.g. `車輛管理`. */
  title: string;
  /** Place in the report: sections print in ascending order (maintenance 10, dormitories 20, …). */
  order: number;
}

/** One counted figure, e.g. `{ key: 'fleet.trips', label: '派遣公務車（含禮賓車）', value: 1217, unit: '車次' }`. */
export interface FigureCount {
  /** Stable key, `<section>.<what>`; per-place figures append the place: `parking.issued.SW`. */
  key: string;
  label: string;
  value: number;
  unit: string;
  /** The sentence template that prints it; defaults to `key`. Per-place figures share one template. */
  template?: string;
  /** Values the template may name besides `{count}` (the value itself), e.g. `{ lot: '四維停車場' }`. */
  params?: Record<string, string | number>;
}

/** Marks a class as a FiguresProvider for the figures module to collect. */
export const ProvidesFigures = DiscoveryService.createDecorator<void>();
