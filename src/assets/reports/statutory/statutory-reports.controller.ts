import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ForbiddenError } from '../../../common/errors/domain-error';
import { ErrorBody } from '../../../common/errors/error-body';
import { CONTENT_TYPES } from '../../../common/export/content-types';
import { dateRange, Period } from '../../../common/time';
import { Actor } from '../../../identity/actor';
import { CurrentActor, Roles } from '../../../identity/decorators';
import { assetScopeOf } from '../../asset-access';
import { ReportPeriodError } from '../../assets.errors';
import { StatutoryReportQuery } from '../dto/statutory-report.dto';
import { statutoryReportPdf } from './statutory-report-pdf';
import { statutoryReportXlsx } from './statutory-report-xlsx';
import { StatutoryReportsService } from './statutory-reports.service';

/** A backwards range names `to`, so the page can mark the field. */
function periodOf(from: string, to: string): Period {
  try {
    return dateRange(from, to);
  } catch (error) {
    throw new ReportPeriodError((error as Error).message);
  }
}

@ApiTags('asset-reports')
@Controller('asset-reports/statutory')
export class StatutoryReportsController {
  constructor(private readonly reports: StatutoryReportsService) {}

  @Get()
  @ApiOperation({
    summary: '財產報表：下載法定財產報表（財產增減表、財產增減結存表、財產目錄及非消耗品報表）',
    description:
      '依政府報表格式產生一個機關在期間內的報表（Excel 或 PDF）。期間錯誤回 400 `period.invalid`；機關人員只能產生自己機關的報表（403）。',
  })
  @Roles('property_officer', 'report_viewer', 'agency_admin')
  @ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  @ApiOkResponse({ description: '報表檔案（Excel 或 PDF）' })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: '不是自己機關' })
  async download(@CurrentActor() actor: Actor, @Query() query: StatutoryReportQuery): Promise<StreamableFile> {
    const scope = assetScopeOf(actor);
    if (scope && scope !== query.agencyId) throw new ForbiddenError('agency staff report on their own agency only');
    const report = await this.reports.build(query.report, query.agencyId, periodOf(query.from, query.to), query.to);
    const body = query.format === 'pdf' ? await statutoryReportPdf(report) : await statutoryReportXlsx(report);
    const fileName = `${report.title}_${query.from}_${query.to}.${query.format}`;
    return new StreamableFile(body, {
      type: CONTENT_TYPES[query.format],
      disposition: `attachment; filename="${query.report}.${query.format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
  }
}
