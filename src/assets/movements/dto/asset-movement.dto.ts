import { ApiProperty } from '@nestjs/swagger';
import { IN_REGISTER_STATUSES, InRegisterStatus, MOVEMENT_KINDS, MovementKind } from '../../register/asset-lifecycle';

/** What a movement records besides its kind: the date, and the recipient, proceeds or reason where the kind has one. */
export interface MovementInput {
  occurredOn: string;
  recipientName?: string;
  proceeds?: number;
  reason?: string;
  documentNumber?: string;
}

export class AssetMovementView {
  @ApiProperty() id: string;
  @ApiProperty() assetId: string;
  @ApiProperty({ enum: MOVEMENT_KINDS }) kind: MovementKind;
  @ApiProperty({ enum: IN_REGISTER_STATUSES }) fromStatus: InRegisterStatus;
  @ApiProperty() occurredOn: string;
  @ApiProperty({ nullable: true, type: String }) recipientName: string | null;
  @ApiProperty({ nullable: true, type: Number }) proceeds: number | null;
  @ApiProperty({ nullable: true, type: String }) serviceLifeEndsOn: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) documentNumber: string | null;
  @ApiProperty() recordedByUserId: string;
  @ApiProperty() recordedAt: Date;
}
