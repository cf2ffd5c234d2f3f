import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { LOANED_PROPERTY_KINDS, LoanedPropertyKind } from '../dormitory-loan.entity';

export class CreateLoanDto {
  @ApiProperty({ description: 'a family dormitory (眷舍)' }) @IsUUID() dormitoryId: string;
  @ApiProperty({ enum: LOANED_PROPERTY_KINDS }) @IsIn(LOANED_PROPERTY_KINDS) propertyKind: LoanedPropertyKind;
  @ApiProperty({ example: '苓雅區公所' }) @IsString() @IsNotEmpty() @MaxLength(200) borrowerAgency: string;
  @ApiProperty({ example: '綠美化' }) @IsString() @IsNotEmpty() @MaxLength(500) purpose: string;
  @ApiProperty({ example: '2026-01-01' }) @IsIsoDate() startsOn: string;
  @ApiProperty({ example: '2027-12-31', description: 'the last day of the loan' }) @IsIsoDate() endsOn: string;
  @ApiPropertyOptional({ example: '高市府秘總字第11530045600號' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string;
}

export class LoanView {
  @ApiProperty() id: string;
  @ApiProperty() dormitoryId: string;
  @ApiProperty() dormitoryCode: string;
  @ApiProperty() dormitoryName: string;
  @ApiProperty() agencyId: string;
  @ApiProperty({ enum: LOANED_PROPERTY_KINDS }) propertyKind: LoanedPropertyKind;
  @ApiProperty() borrowerAgency: string;
  @ApiProperty() purpose: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty({ nullable: true, type: String }) documentNumber: string | null;
  @ApiProperty() version: number;
}

export class LoanPage {
  @ApiProperty({ type: [LoanView] }) items: LoanView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
