import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FiguresQuery, FiguresReportView } from './figures-query.dto';

export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The period, as for the figures, and the file wanted. */
export class FiguresReportQuery extends FiguresQuery {
  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS)
  format: ReportFormat;
}

class TrendMonthView {
  @ApiProperty({ example: '112年3月' }) label: string;
  @ApiProperty({ example: 92 }) value: number;
}

class FigureTrendView {
  @ApiProperty({ example: 'maintenance.received' }) key: string;
  @ApiProperty({ example: '受理案件' }) label: string;
  @ApiProperty({ example: '件' }) unit: string;
  @ApiProperty({ type: [TrendMonthView] }) months: TrendMonthView[];
}

export class FiguresOverviewView {
  @ApiProperty({ type: FiguresReportView }) current: FiguresReportView;
  @ApiProperty({ type: FiguresReportView, description: 'the same period a year earlier' })
  yearEarlier: FiguresReportView;
  @ApiProperty({ type: [FigureTrendView], description: 'each main figure month by month' }) trends: FigureTrendView[];
  @ApiProperty({
    type: [String],
    example: ['112年度受理案件計1,059件。'],
    description: "the report section's sentences in the report's order, ready to paste",
  })
  reportText: string[];
}
