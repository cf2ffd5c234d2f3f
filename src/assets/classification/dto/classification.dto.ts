import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ClassificationQuery {
  @ApiPropertyOptional({ description: 'leading characters of the code, or part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  search?: string;
}

export class ClassificationEntryView {
  @ApiProperty({ example: '3140101-03' }) code: string;
  @ApiProperty({ example: '個人電腦' }) name: string;
  @ApiProperty({ example: '部' }) unit: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 4,
    description: 'whole years; null when the agency sets it (自訂) or there is none (land)',
  })
  minimumServiceLifeYears: number | null;
  @ApiProperty({ description: 'the classification reads 自訂: the agency sets the life' }) customServiceLife: boolean;
  @ApiProperty({ description: 'checked against the official file' }) checked: boolean;
}

export class ClassificationList {
  @ApiProperty() edition: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: [ClassificationEntryView] }) items: ClassificationEntryView[];
}
