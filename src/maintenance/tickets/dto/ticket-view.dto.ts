import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_PRIORITIES, TicketPriority } from '../../sla/sla-clock';
import { SLA_STANDINGS, SlaStanding } from '../../sla/ticket-sla';
import { TICKET_ACTIONS, TICKET_STATUSES, TicketAction, TicketStatus } from '../ticket-state-machine';

const STANDING =
  '`at_risk` while the clock runs with the warning share of its budget used (`MAINTENANCE_SLA_WARNING_PERCENT`), `breached` once it ran over, otherwise `on_time`';

export class SlaClockView {
  @ApiProperty() dueAt: Date;
  @ApiProperty() targetMinutes: number;
  @ApiProperty({ description: 'clock minutes used so far (office minutes, or wall minutes for emergencies)' })
  usedMinutes: number;
  @ApiProperty({ description: 'negative once breached' }) minutesLeft: number;
  @ApiProperty({ enum: ['running', 'paused', 'met', 'breached'] }) state: string;
  @ApiProperty({ enum: SLA_STANDINGS, description: STANDING }) standing: SlaStanding;
}

export class TicketSlaView {
  @ApiProperty({ type: SlaClockView }) response: SlaClockView;
  @ApiProperty({ type: SlaClockView }) resolution: SlaClockView;
  @ApiProperty({ enum: SLA_STANDINGS, description: 'the worse standing of the two clocks' }) standing: SlaStanding;
}

export class TicketView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '115-000123' }) number: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ example: '處理中' }) statusLabel: string;
  @ApiProperty({ enum: TICKET_PRIORITIES }) priority: TicketPriority;
  @ApiProperty() agencyId: string;
  @ApiProperty() requesterUserId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) locationId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) siteId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) buildingId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) floorId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) roomId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '四維行政中心大樓 7樓' }) locationLabel: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) spotText: string | null;
  @ApiProperty() tradeCode: string;
  @ApiPropertyOptional({ nullable: true, type: String }) subCategory: string | null;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiPropertyOptional({ nullable: true, type: String }) contactPhone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) sourceModule: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) sourceId: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'set when the case was imported from earlier records',
  })
  importedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String }) assigneeUserId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) vendorName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) holdReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resolutionNote: string | null;
  @ApiProperty() reopenCount: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) satisfaction: number | null;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) respondedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) resolvedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiProperty() version: number;
  @ApiProperty({ type: TicketSlaView }) sla: TicketSlaView;
  @ApiProperty({ enum: TICKET_ACTIONS, isArray: true, description: 'what the caller may do next' })
  allowedActions: TicketAction[];
}

export class TicketPage {
  @ApiProperty({ type: [TicketView] }) items: TicketView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class StatusChangeView {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty() action: string;
  @ApiProperty() actorName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() occurredAt: Date;
}

export class CommentView {
  @ApiProperty() id: string;
  @ApiProperty() authorName: string;
  @ApiProperty() body: string;
  @ApiProperty() internal: boolean;
  @ApiProperty() createdAt: Date;
}

export class CostLineView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['labour', 'material', 'vendor'] }) kind: string;
  @ApiProperty() description: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitPrice: number;
  @ApiProperty() amount: number;
}

export class CostTotalsView {
  @ApiProperty() labour: number;
  @ApiProperty() material: number;
  @ApiProperty() vendor: number;
  @ApiProperty() total: number;
}

export class AttachmentView {
  @ApiProperty() id: string;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty() createdAt: Date;
}

export class TicketDetailView extends TicketView {
  @ApiProperty({ type: [StatusChangeView] }) history: StatusChangeView[];
  @ApiProperty({ type: [CommentView], description: 'internal comments only for the office' }) comments: CommentView[];
  @ApiProperty({ type: [CostLineView] }) costLines: CostLineView[];
  @ApiProperty({ type: CostTotalsView }) costTotals: CostTotalsView;
  @ApiProperty({ type: [AttachmentView] }) attachments: AttachmentView[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "the assigned technician's name; null while unassigned or when a vendor has it",
  })
  assigneeName: string | null;
}
