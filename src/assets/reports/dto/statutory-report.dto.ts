import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { STATUTORY_REPORTS, StatutoryReportName } from '../statutory/statutory-report';

export const STATUTORY_FORMATS = ['xlsx', 'pdf'] as const;
export type StatutoryFormat = (typeof STATUTORY_FORMATS)[number];

export class StatutoryReportQuery {
  @ApiProperty({
    enum: STATUTORY_REPORTS,
    description:
      'property-changes 財產增減表、property-balance 財產增減結存表、property-catalogue 財產目錄；item-* 為非消耗品',
  })
  @IsIn(STATUTORY_REPORTS)
  report: StatutoryReportName;
  @ApiProperty({ description: 'the custodian agency the report is for' }) @IsUUID() agencyId: string;
  @ApiProperty({ example: '2024-01-01', description: 'first day (Asia/Taipei)' }) @IsIsoDate() from: string;
  @ApiProperty({ example: '2024-12-31', description: 'last day, inclusive' }) @IsIsoDate() to: string;
  @ApiProperty({ enum: STATUTORY_FORMATS }) @IsIn(STATUTORY_FORMATS) format: StatutoryFormat;
}
