import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsAmount } from '../../common/validation/amount';
import { IsIsoDate } from '../../common/validation/iso-date';

const CEILING = { min: 0, max: 1_000_000_000_000, decimals: 0 };

export class OpenRoundDto {
  @ApiProperty({ example: 113, description: 'ROC year of the budget' }) @IsInt() @Min(100) @Max(300) budgetYear: number;
  @ApiProperty({ example: '2023-03-31', description: 'last Taipei date on which agencies may file' })
  @IsIsoDate()
  deadline: string;
  @ApiProperty({ example: 600_000_000, description: 'budget ceiling in NT$ (元)' })
  @IsAmount(CEILING)
  ceilingAmount: number;
}

export class UpdateRoundDto {
  @ApiPropertyOptional({ example: '2023-04-15' }) @IsOptional() @IsIsoDate() deadline?: string;
  @ApiPropertyOptional({ example: 650_000_000 }) @IsOptional() @IsAmount(CEILING) ceilingAmount?: number;
  @ApiProperty({ description: 'the version read' }) @IsInt() @Min(1) version: number;
}

export class RoundView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 113 }) budgetYear: number;
  @ApiProperty({ example: '2023-03-31' }) deadline: string;
  @ApiProperty({ description: 'NT$' }) ceilingAmount: number;
  @ApiProperty({ description: 'NT$ approved so far' }) approvedTotal: number;
  @ApiProperty({ description: 'NT$ still available under the ceiling' }) remainingAmount: number;
  @ApiProperty({ description: 'agencies may still file (the deadline has not passed)' }) filingOpen: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}
