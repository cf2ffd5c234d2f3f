import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgenciesService } from '../../../agencies/agencies.service';
import { Period, taipeiDate, toRocYear } from '../../../common/time';
import { UsersService } from '../../../users/users.service';
import { PropertyClassificationService } from '../../classification/property-classification.service';
import { custodianNames } from '../../register/custodian-names';
import { rocIsoDate } from '../../roc-iso-date';
import { ChangeRow, MEASURE_COLUMNS } from '../asset-reports.service';
import {
  CatalogueLine,
  ChangeLine,
  classNameOf,
  groupByClass,
  STATUTORY_REPORT_DEFINITIONS,
  StatutoryReport,
  StatutoryReportName,
  sumChangeLines,
} from './statutory-report';

/** $1, $2: the period's first and end (exclusive) dates; $3 agency; $4 kind; $5 item class. */
const IN_REPORT = `custodian_agency_id = $3 AND kind = $4 AND item_class IS NOT DISTINCT FROM $5::text`;

interface CatalogueRow {
  categoryCode: string;
  propertyNumber: string;
  name: string;
  specification: string | null;
  acquisitionDate: string;
  acquisitionCost: number;
  minimumServiceLifeYears: number;
  custodianName: string | null;
  custodianUserId: string | null;
}

function rocPeriodLabel(from: string, to: string): string {
  const long = (iso: string) =>
    `${toRocYear(Number(iso.slice(0, 4)))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
  return `中華民國${long(from)}至${long(to)}`;
}

/**
 * Builds the statutory property reports of one agency for a period from the register: additions
 * by acquisition date, reductions by the date the movement took the asset off the register
 * (移撥, 捐贈, 變賣, 報廢), balances from both. Names and units come from the classification.
 */
@Injectable()
export class StatutoryReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly classification: PropertyClassificationService,
    private readonly users: UsersService,
  ) {}

  async build(name: StatutoryReportName, agencyId: string, period: Period, to: string): Promise<StatutoryReport> {
    const definition = STATUTORY_REPORT_DEFINITIONS[name];
    const from = taipeiDate(period.start);
    const header = {
      report: name,
      title: definition.title,
      agencyName: (await this.agencies.get(agencyId)).name,
      from,
      to,
      periodLabel: rocPeriodLabel(from, to),
    };
    const parameters = [from, taipeiDate(period.end), agencyId, definition.kind, definition.itemClass];
    if (definition.layout === 'catalogue') {
      return { ...header, layout: 'catalogue', groups: groupByClass(await this.catalogueLines(parameters)) };
    }
    const lines = await this.balanceLines(parameters);
    if (definition.layout === 'balance') return { ...header, layout: 'balance', groups: groupByClass(lines) };
    return { ...header, layout: 'changes', groups: [{ classCode: '', className: '', lines: this.byClass(lines) }] };
  }

  private async balanceLines(parameters: unknown[]): Promise<ChangeLine[]> {
    const rows = (await this.dataSource.query(
      `SELECT category_code AS "categoryCode", ${MEASURE_COLUMNS}
         FROM assets
        WHERE acquisition_date < $2 AND (disposed_on IS NULL OR disposed_on >= $1) AND ${IN_REPORT}
        GROUP BY category_code
        ORDER BY category_code`,
      parameters,
    )) as (ChangeRow & { categoryCode: string })[];
    return rows.map((row) => {
      const entry = this.classification.find(row.categoryCode);
      return {
        code: row.categoryCode,
        name: entry?.name ?? '',
        unit: entry?.unit ?? '',
        opening: { count: row.openingCount, value: row.openingValue },
        added: { count: row.addedCount, value: row.addedValue },
        reduced: { count: row.writtenOffCount, value: row.writtenOffValue },
        closing: { count: row.closingCount, value: row.closingValue },
      };
    });
  }

  /** The 增減表 line of each class: the sum of its codes' lines. */
  private byClass(lines: ChangeLine[]): ChangeLine[] {
    return groupByClass(lines).map((group) => ({
      code: group.classCode,
      name: classNameOf(group.classCode),
      unit: '',
      ...sumChangeLines(group.lines),
    }));
  }

  private async catalogueLines(parameters: unknown[]): Promise<CatalogueLine[]> {
    const [, end, agencyId, kind, itemClass] = parameters;
    const rows = (await this.dataSource.query(
      `SELECT category_code AS "categoryCode", property_number AS "propertyNumber", name, specification,
              to_char(acquisition_date, 'YYYY-MM-DD') AS "acquisitionDate", acquisition_cost AS "acquisitionCost",
              minimum_service_life_years AS "minimumServiceLifeYears",
              custodian_name AS "custodianName", custodian_user_id AS "custodianUserId"
         FROM assets
        WHERE acquisition_date < $1 AND (disposed_on IS NULL OR disposed_on >= $1)
          AND custodian_agency_id = $2 AND kind = $3 AND item_class IS NOT DISTINCT FROM $4::text
        ORDER BY property_number`,
      [end, agencyId, kind, itemClass],
    )) as CatalogueRow[];
    const custodians = await custodianNames(this.users, rows);
    return rows.map((row) => ({
      code: row.propertyNumber,
      name: row.name,
      specification: row.specification ?? '',
      unit: this.classification.find(row.categoryCode)?.unit ?? '',
      count: 1,
      value: row.acquisitionCost,
      acquiredOn: rocIsoDate(row.acquisitionDate),
      serviceLifeYears: row.minimumServiceLifeYears,
      custodian: custodians.get(row) ?? '',
    }));
  }
}
