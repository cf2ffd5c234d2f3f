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
    oneOf: [{ type: 'integer' }, { type: 'string', enum: ['自訂'] }],
    nullable: true,
    description: 'whole years; 自訂 = set by the agency; null = none (land)',
  })
  minimumServiceLife: number | string | null;
  @ApiProperty({ description: 'checked against the official file' }) checked: boolean;
}

export class ClassificationList {
  @ApiProperty() edition: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: [ClassificationEntryView] }) items: ClassificationEntryView[];
}
