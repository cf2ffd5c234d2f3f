import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { TransactionRunner } from '../../database/transaction-runner';
import { NotificationsService } from '../../notifications/notifications.service';
import { InternalCommentForbiddenError } from '../maintenance.errors';
import { CreateCommentDto, CreateCostLineDto } from './dto/ticket-input.dto';
import { isStaff, TicketViewer } from './ticket-access';
import { TicketComment } from './ticket-comment.entity';
import { TicketCostLine } from './ticket-cost-line.entity';
import { commentNotice } from './ticket-notices';
import { TicketReaderService } from './ticket-reader.service';

/** Comments and cost lines: additions to a ticket that do not move it through the lifecycle. */
@Injectable()
export class TicketNotesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly reader: TicketReaderService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A public comment from the maintenance office is also a notice to the requester. */
  async comment(viewer: TicketViewer, ticketId: string, input: CreateCommentDto): Promise<TicketComment> {
    const ticket = await this.reader.getVisible(viewer, ticketId);
    if (input.internal && !isStaff(viewer.actor)) throw new InternalCommentForbiddenError();
    const { actor } = viewer;
    return this.transactions.run(async (manager) => {
      const comment = await createAudited(manager, this.audit, actor, TicketComment, 'maintenance_ticket_comment', {
        ticketId,
        authorUserId: actor.userId,
        authorName: actor.displayName,
        body: input.body,
        internal: input.internal ?? false,
      });
      if (!comment.internal && isStaff(actor))
        await this.notifications.notifyIn(manager, actor, commentNotice(ticket, actor.displayName, input.body));
      return comment;
    });
  }

  async addCost(viewer: TicketViewer, ticketId: string, input: CreateCostLineDto): Promise<TicketCostLine> {
    await this.reader.getVisible(viewer, ticketId);
    const amount = amountOf(input.quantity, input.unitPrice);
    return this.transactions.run((manager) =>
      createAudited(manager, this.audit, viewer.actor, TicketCostLine, 'maintenance_ticket_cost_line', {
        ...input,
        ticketId,
        amount,
        createdByUserId: viewer.actor.userId,
      }),
    );
  }
}

/** quantity × unit price rounded half up to cents, in integer cents so it equals PostgreSQL's numeric round(). */
export function amountOf(quantity: number, unitPrice: number): number {
  const cents = Math.round(quantity * 100) * Math.round(unitPrice * 100);
  return Math.round(cents / 100) / 100;
}
