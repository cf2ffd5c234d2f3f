import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/validation/iso-date';

/** Either `rocYear` (optionally with `month`), or `from` and `to` (a council session). */
export class FiguresQuery {
  @ApiPropertyOptional({ example: 112, description: 'ROC year (民國年)' })
  @ValidateIf((query: FiguresQuery) => !query.from && !query.to)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300)
  rocYear?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiPropertyOptional({ example: '2022-02-01', description: 'first day (with `to`)' })
  @ValidateIf((query: FiguresQuery) => query.rocYear === undefined)
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2022-06-30', description: 'last day, included (with `from`)' })
  @ValidateIf((query: FiguresQuery) => query.rocYear === undefined)
  @IsIsoDate()
  to?: string;
}

class FigureView {
  @ApiProperty({ example: 'maintenance.received' }) key: string;
  @ApiProperty({ example: '受理案件' }) label: string;
  @ApiProperty({ example: 1059 }) value: number;
  @ApiProperty({ example: '件' }) unit: string;
  @ApiProperty({ example: '112年度受理案件計1,059件' }) sentence: string;
}

class SectionView {
  @ApiProperty({ example: 'maintenance' }) key: string;
  @ApiProperty({ example: '廳舍管理維護' }) title: string;
  @ApiProperty({ type: [FigureView] }) figures: FigureView[];
}

export class FiguresReportView {
  @ApiPropertyOptional() id?: string;
  @ApiProperty({ enum: ['year', 'month', 'range'] }) kind: string;
  @ApiProperty({ example: '112' }) periodKey: string;
  @ApiProperty({ example: '112年度' }) label: string;
  @ApiProperty() periodStart: Date;
  @ApiProperty() periodEnd: Date;
  @ApiProperty() computedAt: Date;
  @ApiPropertyOptional({
    example: '蔡統計承辦',
    description: 'who computed a kept snapshot (排程 for the scheduled job)',
  })
  computedByName?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) computedByUserId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'when a recompute replaced this snapshot' })
  supersededAt?: Date | null;
  @ApiPropertyOptional({ type: [SectionView], description: 'absent in lists' }) sections?: SectionView[];
}
