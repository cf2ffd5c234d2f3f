import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsAmount } from '../../common/validation/amount';
import { UploadAttachmentDto } from '../../maintenance/attachments/dto/attachment.dto';
import { AttachmentView } from '../../maintenance/tickets/dto/ticket-view.dto';
import {
  REQUEST_LINE_STATES,
  RequestLineState,
  REVIEW_DECISIONS,
  ReviewDecision,
  VEHICLE_REQUEST_KINDS,
  VehicleRequestKind,
} from '../vehicle-review-kinds';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class FileRequestLineDto {
  @ApiProperty({ enum: VEHICLE_REQUEST_KINDS }) @IsIn(VEHICLE_REQUEST_KINDS) kind: VehicleRequestKind;
  @ApiProperty({ example: '汰換逾齡消防救護車' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  purpose: string;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(10000) quantity: number;
  @ApiProperty({ example: 3_500_000, description: 'NT$ per vehicle (per year for a lease renewal)' })
  @IsAmount({ min: 1, max: 1_000_000_000, decimals: 0 })
  unitPrice: number;
  @ApiPropertyOptional({ example: 'AB-1234', description: 'plate of the vehicle replaced, if any' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(12)
  replacedPlate?: string;
  @ApiPropertyOptional({ example: 16, description: 'age of the replaced vehicle in years' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  replacedAgeYears?: number;
  @ApiPropertyOptional({ example: 285000, description: 'kilometres the replaced vehicle has run' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  replacedKm?: number;
  @ApiProperty({ example: '車齡逾16年，維修費用高且影響勤務' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
  @ApiPropertyOptional({ type: [UploadAttachmentDto], description: 'quotations, the old vehicle’s records' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => UploadAttachmentDto)
  attachments?: UploadAttachmentDto[];
}

export class DecideLineDto {
  @ApiProperty({ enum: REVIEW_DECISIONS }) @IsIn(REVIEW_DECISIONS) decision: ReviewDecision;
  @ApiPropertyOptional({ example: 6_800_000, description: 'NT$ approved (an approval only); may be less than asked' })
  @IsOptional()
  @IsAmount({ min: 1, max: 1_000_000_000_000, decimals: 0 })
  approvedAmount?: number;
  @ApiPropertyOptional({
    example: 2,
    description: 'vehicles approved (an approval only); the quantity asked by default',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  approvedQuantity?: number;
  @ApiPropertyOptional({ example: '預算有限，移列下年度辦理', description: 'required for a rejection' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
  @ApiProperty({ description: 'the version read' }) @IsInt() @Min(1) version: number;
}

export class RequestLineView {
  @ApiProperty() id: string;
  @ApiProperty() roundId: string;
  @ApiProperty() agencyId: string;
  @ApiProperty({ example: '消防局' }) agencyName: string;
  @ApiProperty({ example: 'fire', description: 'agency group of the ranking rules: police, fire or others' })
  agencyGroup: string;
  @ApiProperty({ example: '消防' }) agencyGroupLabel: string;
  @ApiProperty({ enum: VEHICLE_REQUEST_KINDS }) kind: VehicleRequestKind;
  @ApiProperty({ example: '特種車' }) kindLabel: string;
  @ApiProperty() purpose: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitPrice: number;
  @ApiProperty() requestedAmount: number;
  @ApiProperty({ nullable: true, type: String }) replacedPlate: string | null;
  @ApiProperty({ nullable: true, type: Number }) replacedAgeYears: number | null;
  @ApiProperty({ nullable: true, type: Number }) replacedKm: number | null;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: REQUEST_LINE_STATES }) state: RequestLineState;
  @ApiProperty({ example: '核列' }) stateLabel: string;
  @ApiProperty({ nullable: true, type: Number }) approvedAmount: number | null;
  @ApiProperty({ nullable: true, type: Number }) approvedQuantity: number | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ example: 1, description: 'review order of the ranking rules: 1 first' }) rank: number;
  @ApiProperty({ example: '警消逾齡特種車汰換' }) rankLabel: string;
  @ApiProperty({ description: 'the replaced vehicle reached its age or mileage limit' }) overAge: boolean;
  @ApiProperty({ type: [AttachmentView] }) attachments: AttachmentView[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}
