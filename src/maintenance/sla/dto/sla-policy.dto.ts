import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { TICKET_PRIORITIES, TicketPriority } from '../sla-clock';

export class SlaPolicyParams {
  @ApiProperty() @IsString() @MaxLength(50) tradeCode: string;
  @ApiProperty({ enum: TICKET_PRIORITIES }) @IsIn(TICKET_PRIORITIES) priority: TicketPriority;
}

export class UpdateSlaPolicyDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiProperty({ description: 'minutes to first assignment (office minutes; wall-clock for emergencies)' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  responseMinutes: number;
  @ApiProperty({ description: 'minutes to resolution, not counting pausing holds' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  resolutionMinutes: number;
}

export class SlaPolicyView {
  @ApiProperty() tradeCode: string;
  @ApiProperty({ enum: TICKET_PRIORITIES }) priority: TicketPriority;
  @ApiProperty() responseMinutes: number;
  @ApiProperty() resolutionMinutes: number;
  @ApiProperty() version: number;
}
