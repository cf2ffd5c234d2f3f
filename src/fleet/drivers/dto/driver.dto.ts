import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Min } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { LICENCE_CLASSES, LicenceClass } from '../../fleet.constants';

export class CreateDriverDto {
  @ApiProperty({ description: 'a user holding the driver role' }) @IsUUID() userId: string;
  @ApiProperty({ enum: LICENCE_CLASSES }) @IsIn(LICENCE_CLASSES) licenceClass: LicenceClass;
  @ApiProperty({ example: '2029-05-31' }) @IsISO8601({ strict: true }) licenceExpiresOn: string;
}

export class UpdateDriverDto {
  @ApiPropertyOptional({ enum: LICENCE_CLASSES }) @IsOptional() @IsIn(LICENCE_CLASSES) licenceClass?: LicenceClass;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) licenceExpiresOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiProperty({ description: 'the version you read; a stale one is a 409' }) @IsInt() @Min(1) version: number;
}

export class DriverQuery extends PageQuery {
  @ApiPropertyOptional() @OptionalBooleanQuery() active?: boolean;
}

export class DriverView {
  @ApiProperty() id: string;
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LICENCE_CLASSES }) licenceClass: LicenceClass;
  @ApiProperty() licenceExpiresOn: string;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class DriverPage {
  @ApiProperty({ type: [DriverView] }) items: DriverView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
