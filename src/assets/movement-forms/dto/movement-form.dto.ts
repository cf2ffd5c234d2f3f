import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../../common/validation/boolean-query';
import { AssetMovementView } from '../../movements/dto/asset-movement.dto';
import { MOVEMENT_KINDS, MovementKind } from '../../register/asset-lifecycle';
import { STEP_DECISIONS, StepDecision } from '../asset-movement-form-step.entity';
import { APPROVER_ROLES, ApproverRole, FORM_STATUSES, FormStatus } from '../movement-approval';

const MAX_PROCEEDS = 2_000_000_000;

export class FileMovementFormDto {
  @ApiProperty() @IsUUID() assetId: string;
  @ApiProperty({ enum: MOVEMENT_KINDS, description: '移撥, 捐贈, 變賣 or 報廢' })
  @IsIn(MOVEMENT_KINDS)
  kind: MovementKind;
  @ApiPropertyOptional({ example: '高雄市立前鎮國民中學', description: 'required for a transfer or a donation' })
  @ValidateIf(
    (input: FileMovementFormDto) => ['transfer', 'donation'].includes(input.kind) || input.recipientName !== undefined,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  recipientName?: string;
  @ApiPropertyOptional({ example: 6500, description: 'expected proceeds of a sale in NT$; only for a sale' })
  @ValidateIf((input: FileMovementFormDto) => input.kind === 'sale' || input.proceeds !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_PROCEEDS)
  proceeds?: number;
  @ApiPropertyOptional({ description: 'why; required to scrap before the end of the minimum service life' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
  @ApiPropertyOptional({ example: '高市府行秘字第1130001234號', description: 'a document the form refers to' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentNumber?: string;
}

class VersionedDto {
  @ApiProperty({ description: 'the form version you read; a stale one is a 409' }) @IsInt() @Min(1) version: number;
}

export class DecideMovementFormDto extends VersionedDto {
  @ApiPropertyOptional({ description: 'a remark for the form history' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class RejectMovementFormDto extends VersionedDto {
  @ApiProperty({ description: 'why the form is rejected' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note: string;
}

export class WithdrawMovementFormDto extends VersionedDto {}

export class MovementFormQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FORM_STATUSES }) @IsOptional() @IsIn(FORM_STATUSES) status?: FormStatus;
  @ApiPropertyOptional({ description: 'only pending forms whose next step is yours' })
  @OptionalBooleanQuery()
  awaitingMe?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsUUID() assetId?: string;
}

export class MovementFormStepView {
  @ApiProperty() stepIndex: number;
  @ApiProperty({ enum: APPROVER_ROLES }) role: ApproverRole;
  @ApiProperty({ enum: STEP_DECISIONS }) decision: StepDecision;
  @ApiProperty() decidedByUserId: string;
  @ApiProperty() decidedByName: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() decidedAt: Date;
}

export class MovementFormView {
  @ApiProperty() id: string;
  @ApiProperty() assetId: string;
  @ApiProperty({ example: '3140101-03-000123' }) propertyNumber: string;
  @ApiProperty({ example: '個人電腦' }) assetName: string;
  @ApiProperty() custodianAgencyId: string;
  @ApiProperty({ enum: MOVEMENT_KINDS }) kind: MovementKind;
  @ApiProperty({ enum: FORM_STATUSES }) status: FormStatus;
  @ApiProperty({ description: 'the acquisition cost that chose the approval tier (NT$)' }) assetCost: number;
  @ApiProperty({ enum: APPROVER_ROLES, isArray: true, description: 'the roles that approve, in order' })
  approvalSteps: ApproverRole[];
  @ApiProperty() approvedSteps: number;
  @ApiProperty({ enum: APPROVER_ROLES, nullable: true, description: 'who decides next; null once decided' })
  nextRole: ApproverRole | null;
  @ApiProperty({ nullable: true, type: String }) recipientName: string | null;
  @ApiProperty({ nullable: true, type: Number }) proceeds: number | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) documentNumber: string | null;
  @ApiProperty() filedByUserId: string;
  @ApiProperty() filedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) rejectionNote: string | null;
  @ApiProperty({ nullable: true, type: String }) movementId: string | null;
  @ApiProperty() version: number;
}

export class MovementFormDetail extends MovementFormView {
  @ApiProperty({ type: [MovementFormStepView] }) steps: MovementFormStepView[];
  @ApiProperty({ type: AssetMovementView, nullable: true, description: 'the movement the last approval wrote' })
  movement: AssetMovementView | null;
}

export class MovementFormPage {
  @ApiProperty({ type: [MovementFormView] }) items: MovementFormView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
