import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class TechnicianQuery {
  @ApiPropertyOptional({ description: 'only the technicians of this trade', example: 'plumbing_electrical' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tradeCode?: string;
}

export class TechnicianView {
  @ApiProperty() userId: string;
  @ApiProperty({ example: '林師傅' }) displayName: string;
  @ApiProperty({ type: [String], example: ['plumbing_electrical'] }) tradeCodes: string[];
  @ApiProperty({ example: 3, description: 'tickets assigned to them and not yet resolved' }) openTickets: number;
}
