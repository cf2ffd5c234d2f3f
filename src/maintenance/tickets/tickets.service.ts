import { Injectable } from '@nestjs/common';
import { Page } from '../../common/pagination/keyset';
import { BusinessCalendar } from '../../common/time';
import { AppConfig } from '../../config/app-config.schema';
import { Actor, hasAnyRole } from '../../identity/actor';
import { UsersService } from '../../users/users.service';
import {
  CreateCommentDto,
  CreateCostLineDto,
  CreateTicketDto,
  TransitionDto,
  TriageTicketDto,
} from './dto/ticket-input.dto';
import { TicketQuery } from './dto/ticket-query.dto';
import { TicketDetailView, TicketView } from './dto/ticket-view.dto';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { TechniciansService } from './technicians.service';
import { OFFICE_ROLES, TicketViewer } from './ticket-access';
import { TicketFilingService } from './ticket-filing.service';
import { TicketNotesService } from './ticket-notes.service';
import { TicketReaderService } from './ticket-reader.service';
import { TicketTransitionsService } from './ticket-transitions.service';
import { toTicketView } from './ticket-views';

/** The ticket use cases as the API offers them: each answers with the caller's view of the ticket. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly technicians: TechniciansService,
    private readonly filing: TicketFilingService,
    private readonly reader: TicketReaderService,
    private readonly transitions: TicketTransitionsService,
    private readonly notes: TicketNotesService,
    private readonly calendar: BusinessCalendar,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async file(actor: Actor, input: CreateTicketDto): Promise<TicketView> {
    const { agencyId, ...fields } = input;
    const forAgency = agencyId && hasAnyRole(actor, OFFICE_ROLES) ? agencyId : actor.agencyId;
    return this.view(await this.technicians.viewerOf(actor), await this.filing.file(actor, forAgency, fields));
  }

  async list(actor: Actor, query: TicketQuery): Promise<Page<TicketView>> {
    const viewer = await this.technicians.viewerOf(actor);
    const now = new Date();
    const page = await this.reader.list(viewer, query, now);
    return { items: page.items.map((ticket) => this.view(viewer, ticket, now)), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string): Promise<TicketDetailView> {
    const { viewer, ticket, details } = await this.reader.withDetails(this.technicians.viewerOf(actor), id);
    return { ...this.view(viewer, ticket), ...details, assigneeName: await this.assigneeNameOf(ticket) };
  }

  async transition(actor: Actor, id: string, input: TransitionDto): Promise<TicketView> {
    const viewer = await this.technicians.viewerOf(actor);
    return this.view(viewer, await this.transitions.transition(viewer, id, input));
  }

  async triage(actor: Actor, id: string, input: TriageTicketDto): Promise<TicketView> {
    const viewer = await this.technicians.viewerOf(actor);
    return this.view(viewer, await this.transitions.triage(viewer, id, input));
  }

  async comment(actor: Actor, id: string, input: CreateCommentDto) {
    return this.notes.comment(await this.technicians.viewerOf(actor), id, input);
  }

  async addCost(actor: Actor, id: string, input: CreateCostLineDto) {
    return this.notes.addCost(await this.technicians.viewerOf(actor), id, input);
  }

  /** Who works on the ticket, by name: the page shows people, not ids. */
  private async assigneeNameOf(ticket: MaintenanceTicket): Promise<string | null> {
    return ticket.assigneeUserId ? (await this.users.getIdentity(ticket.assigneeUserId)).displayName : null;
  }

  private view(viewer: TicketViewer, ticket: MaintenanceTicket, now = new Date()): TicketView {
    return toTicketView(ticket, viewer, now, this.calendar, this.config.maintenance.slaWarningPercent / 100);
  }
}
