import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsAmount } from '../../../common/validation/amount';
import { TICKET_PRIORITIES, TicketPriority } from '../../sla/sla-clock';
import { HOLD_REASONS, HoldReason } from '../hold-reasons';
import { COST_KINDS, CostKind } from '../ticket-cost-line.entity';
import { TICKET_ACTIONS, TicketAction } from '../ticket-state-machine';

const PHONE = /^[0-9+#()\- ]{6,30}$/;

export class CreateTicketDto {
  @ApiPropertyOptional({ description: 'a node of the location tree (site, building, floor or room); or give spotText' })
  @IsOptional()
  @IsUUID()
  locationId?: string;
  @ApiPropertyOptional({ example: '四維行政中心7樓東側茶水間' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  spotText?: string;
  @ApiProperty({ example: 'plumbing_electrical' }) @IsString() @MaxLength(50) tradeCode: string;
  @ApiPropertyOptional({ example: '漏水' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  subCategory?: string;
  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;
  @ApiProperty({ example: '茶水間水龍頭漏水' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(4000) description: string;
  @ApiPropertyOptional({ example: '07-7995678#1234' })
  @IsOptional()
  @Matches(PHONE, { message: 'contactPhone may hold digits, spaces and + # ( ) -' })
  contactPhone?: string;
  @ApiPropertyOptional({ description: 'coordinators may file for another agency; others always file for their own' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class TransitionDto {
  @ApiProperty({ enum: TICKET_ACTIONS }) @IsIn(TICKET_ACTIONS) action: TicketAction;
  @ApiProperty({ description: 'the version you read; a stale one is a 409' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({ description: 'required to reject, cancel and reopen' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
  @ApiPropertyOptional({ enum: HOLD_REASONS, description: 'required to hold' })
  @IsOptional()
  @IsIn(HOLD_REASONS)
  holdReason?: HoldReason;
  @ApiPropertyOptional({ description: 'required to resolve' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  resolutionNote?: string;
  @ApiPropertyOptional({ description: 'assign: a technician' }) @IsOptional() @IsUUID() assigneeUserId?: string;
  @ApiPropertyOptional({ description: 'assign: a vendor or contractor instead of (or besides) a technician' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  vendorName?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'confirm: satisfaction rating' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) satisfactionComment?: string;
}

export class TriageTicketDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({ enum: TICKET_PRIORITIES }) @IsOptional() @IsIn(TICKET_PRIORITIES) priority?: TicketPriority;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) tradeCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) subCategory?: string;
}

export class CreateCommentDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(4000) body: string;
  @ApiPropertyOptional({
    default: false,
    description: 'office-only; requesters may not write or read internal comments',
  })
  @IsOptional()
  @IsBoolean()
  internal?: boolean;
}

export class CreateCostLineDto {
  @ApiProperty({ enum: COST_KINDS }) @IsIn(COST_KINDS) kind: CostKind;
  @ApiProperty({ example: '水龍頭更換' }) @IsString() @IsNotEmpty() @MaxLength(200) description: string;
  @ApiProperty({ example: 1, minimum: 0.01, maximum: 10_000, description: 'at most 2 decimal places' })
  @IsAmount({ min: 0.01, max: 10_000, decimals: 2 })
  quantity: number;
  @ApiProperty({ example: 850, minimum: 0, maximum: 10_000_000, description: 'NT$, at most 2 decimal places' })
  @IsAmount({ min: 0, max: 10_000_000, decimals: 2 })
  unitPrice: number;
}

export class SetTechnicianTradesDto {
  @ApiProperty({ type: [String], example: ['plumbing_electrical', 'hvac'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tradeCodes: string[];
}
