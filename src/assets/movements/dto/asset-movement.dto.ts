import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { IN_REGISTER_STATUSES, InRegisterStatus, MOVEMENT_KINDS, MovementKind } from '../../register/asset-lifecycle';

const MAX_PROCEEDS = 2_000_000_000;

class MovementFields {
  @ApiProperty({
    example: '2024-05-20',
    description: 'date of the movement (not in the future, not before acquisition)',
  })
  @IsIsoDate()
  occurredOn: string;
  @ApiPropertyOptional({ example: '高市府行秘字第1130001234號', description: 'approval document (核定文號)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentNumber?: string;
  @ApiPropertyOptional({ description: 'the asset version you read; a stale one is a 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class TransferAssetDto extends MovementFields {
  @ApiProperty({ example: '高雄市立前鎮國民中學', description: 'the receiving agency or school' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  recipientName: string;
}

export class DonateAssetDto extends MovementFields {
  @ApiProperty({ example: '社團法人高雄市社會福利協會', description: 'who receives the donation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  recipientName: string;
}

export class SellAssetDto extends MovementFields {
  @ApiProperty({ example: 6500, description: 'proceeds in NT$ (元)' })
  @IsInt()
  @Min(0)
  @Max(MAX_PROCEEDS)
  proceeds: number;
  @ApiPropertyOptional({ example: '得標廠商', description: 'the buyer' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  recipientName?: string;
}

export class ScrapAssetDto extends MovementFields {
  @ApiPropertyOptional({
    example: '雷擊損毀，經鑑定無修復價值',
    description: 'required when the minimum service life has not elapsed',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

export type MovementInput = MovementFields & { recipientName?: string; proceeds?: number; reason?: string };

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
