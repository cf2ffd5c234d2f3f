import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { VEHICLE_TYPES, VehicleType } from '../../../common/plates/taiwan-plate';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { PERMIT_STATUSES, PermitStatus } from '../parking-permit.entity';

// Only the shape: a day that does not exist is refused by the window check as parking.invalid_window.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^[0-9+#()\- ]{6,30}$/;
const LOT_CODE = /^[A-Z]{2,4}$/;

/** What every permit of a visit shares: where, whom they visit, why, and when. */
class VisitFields {
  @ApiProperty({ example: 'SW' })
  @Matches(LOT_CODE, { message: 'lotCode must be 2–4 upper-case letters' })
  lotCode: string;
  @ApiProperty({ description: 'the agency visited' }) @IsUUID() agencyVisitedId: string;
  @ApiProperty({ example: '出席預算審查會議' }) @IsString() @IsNotEmpty() @MaxLength(200) purpose: string;
  @ApiProperty({ example: '2026-11-23', description: 'first day, Asia/Taipei' })
  @IsString()
  @Matches(ISO_DATE, { message: 'validFrom must be YYYY-MM-DD' })
  validFrom: string;
  @ApiProperty({ example: '2026-11-23', description: 'last day (inclusive), Asia/Taipei' })
  @IsString()
  @Matches(ISO_DATE, { message: 'validTo must be YYYY-MM-DD' })
  validTo: string;
}

export class VehicleDto {
  @ApiProperty({
    example: 'ABC-1235',
    description:
      'as typed; read by the one plate rule into its stored form. car: ABC-1235, AB-1234, F2-2233, 1234-AB, FA-233; motorcycle: MAN-1111, FAA-233, FA2-233, 123-ABC; large: KAQ-230, FA-233; trailer: XA-032, FA-23, 23-FA. Without its dash a plate that reads two ways (FA2233) is refused.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  plate: string;
  @ApiProperty({ enum: VEHICLE_TYPES }) @IsIn(VEHICLE_TYPES) vehicleType: VehicleType;
  @ApiProperty({ example: '林大華' }) @IsString() @IsNotEmpty() @MaxLength(100) visitorName: string;
  @ApiPropertyOptional({ example: '0912-345-678' })
  @IsOptional()
  @Matches(PHONE, { message: 'visitorPhone may hold digits, spaces and + # ( ) -' })
  visitorPhone?: string;
}

/** One permit: the visit and the one vehicle. */
export class IssuePermitDto extends IntersectionType(VisitFields, VehicleDto) {}

export class BulkIssueDto extends VisitFields {
  @ApiProperty({ type: [VehicleDto], description: 'one line per car; all are issued or none' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => VehicleDto)
  vehicles: VehicleDto[];
}

export class RevokePermitDto {
  @ApiProperty({ example: '會議取消' }) @IsString() @IsNotEmpty() @MaxLength(200) reason: string;
  @ApiProperty({ description: 'the version you read; a newer one is a 409' }) @IsInt() @Min(1) version: number;
}

export class PermitQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'SW' })
  @IsOptional()
  @Matches(LOT_CODE, { message: 'lotCode must be 2–4 upper-case letters' })
  lotCode?: string;
  @ApiPropertyOptional({ description: 'plate in any accepted spelling' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  plate?: string;
  @ApiPropertyOptional({ example: 'SW115-00001' }) @IsOptional() @IsString() @MaxLength(20) serial?: string;
  @ApiPropertyOptional({ description: 'part of the visitor name or phone' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  visitor?: string;
  @ApiPropertyOptional({ enum: PERMIT_STATUSES }) @IsOptional() @IsIn(PERMIT_STATUSES) status?: PermitStatus;
  @ApiPropertyOptional({
    example: '2026-11-23',
    description: 'only permits whose window covers this day (the day sheet)',
  })
  @IsOptional()
  @IsIsoDate()
  activeOn?: string;
}

export class GuardCheckQuery {
  @ApiProperty({ example: 'ABC-1235' }) @IsString() @IsNotEmpty() @MaxLength(20) plate: string;
}

export class PermitView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'SW115-00001' }) serial: string;
  @ApiProperty() lotId: string;
  @ApiProperty({ example: 'ABC-1235' }) plate: string;
  @ApiProperty({ enum: VEHICLE_TYPES }) vehicleType: VehicleType;
  @ApiProperty({ nullable: true, type: String, description: 'null once anonymised' }) visitorName: string | null;
  @ApiProperty({ nullable: true, type: String }) visitorPhone: string | null;
  @ApiProperty() agencyVisitedId: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ example: '2026-11-23' }) validFrom: string;
  @ApiProperty({ example: '2026-11-23' }) validTo: string;
  @ApiProperty({ enum: PERMIT_STATUSES }) status: PermitStatus;
  @ApiProperty() issuedByUserId: string;
  @ApiProperty() issuedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason: string | null;
  @ApiProperty({ nullable: true, type: Date, description: 'when brought in from earlier records (歷史匯入)' })
  importedAt: Date | null;
  @ApiProperty() version: number;
}

export class IssuedPermitView extends PermitView {
  @ApiProperty({ description: 'public verification URL, as printed in the QR code' }) verificationUrl: string;
}

export class PermitPage {
  @ApiProperty({ type: [PermitView] }) items: PermitView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class BulkIssueView {
  @ApiProperty({ type: [IssuedPermitView] }) permits: IssuedPermitView[];
}

export class GuardCheckView {
  @ApiProperty({ example: 'SW' }) lotCode: string;
  @ApiProperty({ example: 'ABC-1235' }) plate: string;
  @ApiProperty() valid: boolean;
  @ApiProperty({ nullable: true, type: String, example: '2026-11-23' }) validUntil: string | null;
  @ApiProperty({ nullable: true, type: String }) serial: string | null;
  @ApiProperty({ example: 'ABC-1235 在 SW 停車場：有效至 115年11月23日' }) message: string;
}

export class VerificationView {
  @ApiProperty({ description: 'whether the permit is valid right now' }) valid: boolean;
  @ApiProperty({ example: '有效' }) statusLabel: string;
  @ApiProperty({ example: 'SW' }) lotCode: string;
  @ApiProperty({ example: '四維行政中心停車場' }) lotName: string;
  @ApiProperty({ example: 'ABC-1235' }) plate: string;
  @ApiProperty({ example: '2026-11-23' }) validFrom: string;
  @ApiProperty({ example: '2026-11-23' }) validTo: string;
  @ApiProperty({ example: '115年11月23日 至 115年11月23日' }) validity: string;
}
