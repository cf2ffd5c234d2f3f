import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional } from 'class-validator';

export class RunJobDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'run for the period containing this moment; default now' })
  @IsOptional()
  @IsDateString({ strict: true })
  at?: string;
}

export class JobRunView {
  @ApiProperty() id: string;
  @ApiProperty() jobName: string;
  @ApiProperty({ example: '2026-11-22' }) periodKey: string;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status: string;
  @ApiProperty() runAt: Date;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) finishedAt: Date | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) result: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
}

export class JobView {
  @ApiProperty({ example: 'maintenance.auto-close' }) name: string;
  @ApiProperty({ example: '0 */15 * * * *' }) cron: string;
  @ApiProperty({ enum: ['quarter-hour', 'hour', 'day', 'month'] }) period: string;
  @ApiProperty() description: string;
}
