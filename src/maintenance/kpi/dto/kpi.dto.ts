import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';

export const KPI_GROUPS = ['center', 'trade', 'agency'] as const;
export type KpiGroup = (typeof KPI_GROUPS)[number];

export class KpiQuery {
  @ApiProperty({ example: '2023-01-01', description: 'first Taipei day of the period' })
  @IsIsoDate()
  from: string;
  @ApiProperty({ example: '2023-12-31', description: 'last Taipei day of the period (inclusive)' })
  @IsIsoDate()
  to: string;
  @ApiPropertyOptional({ enum: KPI_GROUPS, default: 'trade' }) @IsOptional() @IsIn(KPI_GROUPS) groupBy?: KpiGroup;
}

export class BacklogAgeView {
  @ApiProperty({ description: 'open for 7 days or less at the end of the period' }) upTo7Days: number;
  @ApiProperty() upTo30Days: number;
  @ApiProperty() upTo90Days: number;
  @ApiProperty() over90Days: number;
}

export class KpiRowView {
  @ApiProperty({ description: 'site id, trade code or agency id; `total` for all; `none` for tickets without one' })
  key: string;
  @ApiProperty() received: number;
  @ApiProperty() closed: number;
  @ApiProperty() resolved: number;
  @ApiProperty({ type: BacklogAgeView }) backlog: BacklogAgeView;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'wall-clock minutes from filing to first assignment',
  })
  meanResponseMinutes: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) medianResponseMinutes: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'wall-clock minutes from filing to resolution' })
  meanResolutionMinutes: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) medianResolutionMinutes: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'share of tickets resolved in the period that met the resolution target',
  })
  slaCompliancePercent: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'share of tickets closed in the period that were reopened at least once',
  })
  reopenRatePercent: number | null;
  @ApiProperty({ description: 'NT$ spent on tickets closed in the period' }) cost: number;
}

export class KpiReportView {
  @ApiProperty() start: Date;
  @ApiProperty() end: Date;
  @ApiProperty({ enum: KPI_GROUPS }) groupBy: KpiGroup;
  @ApiProperty({ type: [KpiRowView], description: 'one row per group, then the total' }) rows: KpiRowView[];
}
