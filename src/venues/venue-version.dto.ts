import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** The version of a row the caller read: a change against a stale one is a 409. */
export class VenueVersionDto {
  @ApiPropertyOptional({ description: 'the version you read; a stale one is a 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
