import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../common/validation/boolean-query';

export class CreateAgencyDto {
  @ApiProperty({ example: 'KHCG-GA', description: 'short code, upper case letters, digits and dashes' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2–32 upper-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: '行政暨國際處' }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {}

export class AgencyQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'include inactive agencies' }) @OptionalBooleanQuery() includeInactive?: boolean;
}

export class AgencyView {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class AgencyPage {
  @ApiProperty({ type: [AgencyView] }) items: AgencyView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
