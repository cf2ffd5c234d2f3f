import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, ValidateIf } from 'class-validator';

export const MAX_LABELS = 500;

/** Either the assets chosen in the register, or every asset at a location (and the rooms under it). */
export class AssetLabelsDto {
  @ApiPropertyOptional({ type: [String], maxItems: MAX_LABELS, description: 'the assets to label' })
  @ValidateIf((input: AssetLabelsDto) => input.locationId === undefined || input.assetIds !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LABELS)
  @IsUUID('all', { each: true })
  assetIds?: string[];

  @ApiPropertyOptional({ description: 'label every asset in the register at this location' })
  @IsOptional()
  @IsUUID()
  locationId?: string;
}
