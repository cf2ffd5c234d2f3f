import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsDateString, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../../../common/export/table-export';
import { PageQuery } from '../../../common/pagination/keyset';
import { TICKET_PRIORITIES, TicketPriority } from '../../sla/sla-clock';
import { SLA_STANDINGS, SlaStanding } from '../../sla/ticket-sla';
import { TICKET_STATUSES, TicketStatus } from '../ticket-state-machine';

/** Filters of the ticket list and its exports. */
export class TicketFilter {
  @ApiPropertyOptional({ enum: TICKET_STATUSES }) @IsOptional() @IsIn(TICKET_STATUSES) status?: TicketStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) tradeCode?: string;
  @ApiPropertyOptional({ description: 'center (site) id' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() buildingId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ enum: TICKET_PRIORITIES }) @IsOptional() @IsIn(TICKET_PRIORITIES) priority?: TicketPriority;
  @ApiPropertyOptional() @IsOptional() @IsUUID() assigneeUserId?: string;
  @ApiPropertyOptional({
    enum: SLA_STANDINGS,
    description:
      'SLA standing now: `breached` once either clock ran over, `at_risk` while a running clock has used the warning share of its budget (`MAINTENANCE_SLA_WARNING_PERCENT`), otherwise `on_time`',
  })
  @IsOptional()
  @IsIn(SLA_STANDINGS)
  slaState?: SlaStanding;
  @ApiPropertyOptional({ description: 'filed at or after (ISO 8601)' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;
  @ApiPropertyOptional({ description: 'filed before (ISO 8601)' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
  @ApiPropertyOptional({ description: 'words in the number, title or description' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  text?: string;
}

export class TicketQuery extends IntersectionType(TicketFilter, PageQuery) {}

export class TicketExportQuery extends TicketFilter {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
