import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

export class UpdateSentenceTemplateDto {
  @ApiProperty({ example: '{period}受理案件計{count}件', maxLength: 500 })
  @IsString()
  @Matches(/\S/, { message: 'text must not be blank' })
  @MaxLength(500)
  text: string;

  @ApiPropertyOptional({ description: 'the version you read; absent when the sentence was never edited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class SentenceTemplateView {
  @ApiProperty({ example: 'maintenance.received' }) key: string;
  @ApiProperty({ example: '{period}受理案件計{count}件' }) text: string;
  @ApiProperty({ description: 'the 112 report wording' }) defaultText: string;
  @ApiProperty({ example: ['rocYear', 'period', 'periodYear', 'count', 'label', 'unit'] }) placeholders: string[];
  @ApiProperty({ description: 'whether an admin changed the default' }) edited: boolean;
  @ApiProperty({ nullable: true, type: Number }) version: number | null;
  @ApiProperty({ nullable: true, type: Date }) updatedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) updatedByName: string | null;
}
