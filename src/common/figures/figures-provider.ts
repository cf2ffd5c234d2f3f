import { DiscoveryService } from '@nestjs/core';
import type { Period } from '../time';
import type { ReportReads } from './report-reads';

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
  /** The period's figures; `reads` are shared with the report's other sections (a provider asked alone reads for itself). */
  figuresFor(period: Period, reads?: ReportReads): Promise<FigureCount[]>;
  /** The earliest Gregorian year holding this module's records, or null; used to warn about missing office calendars. */
  firstYearWithData?(): Promise<number | null>;
  /**
   * Present when the figures compose from months: the figures module then keeps each closed month's
   * parts and reads a year as its months' parts plus the still-open rest, counted live.
   */
  readonly monthly?: MonthlyFigures;
}

/**
 * Figures that compose from consecutive spans of a period. `partsFor` counts one span (JSON only);
 * `compose` makes the period's figures from the parts of its spans, in time order, so that
 * `compose([partsFor(period)])` and `compose(partsFor of its months)` give the same figures: flows
 * are summed, a stock is the last span's (taken at the period's end), a ratio keeps its numerator
 * and denominator and divides at the end. What cannot be summed is counted live inside `compose`.
 */
export interface MonthlyFigures<Parts = unknown> {
  /** Raised whenever what `partsFor` counts changes, so that kept parts of the old meaning are counted again. */
  readonly partsVersion: number;
  partsFor(span: Period): Promise<Parts>;
  compose(parts: Parts[], period: Period, reads: ReportReads): Promise<FigureCount[]>;
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
