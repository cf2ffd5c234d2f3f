import { ApiProperty } from '@nestjs/swagger';

class AuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorAgencyId: string | null;
  @ApiProperty() actorName: string;
  @ApiProperty() entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty() action: string;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) before: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) after: Record<string, unknown> | null;
  @ApiProperty() requestId: string;
}

export class AuditEntryPage {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
