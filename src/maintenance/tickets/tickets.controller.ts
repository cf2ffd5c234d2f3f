import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { TicketExportService } from '../export/ticket-export.service';
import {
  CreateCommentDto,
  CreateCostLineDto,
  CreateTicketDto,
  TransitionDto,
  TriageTicketDto,
} from './dto/ticket-input.dto';
import { TicketExportQuery, TicketQuery } from './dto/ticket-query.dto';
import { CommentView, CostLineView, TicketDetailView, TicketPage, TicketView } from './dto/ticket-view.dto';
import { TicketsService } from './tickets.service';

@ApiTags('maintenance')
@Controller('maintenance/tickets')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly exports: TicketExportService,
  ) {}

  @Post()
  @Roles('requester', 'maintenance_coordinator')
  @ApiCreatedResponse({ type: TicketView })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unknown trade, location or agency' })
  file(@CurrentActor() actor: Actor, @Body() input: CreateTicketDto) {
    return this.tickets.file(actor, input);
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({
    type: TicketPage,
    description: 'newest first; requesters see their agency, technicians their assignments and trades',
  })
  list(@CurrentActor() actor: Actor, @Query() query: TicketQuery) {
    return this.tickets.list(actor, query);
  }

  @Get('export')
  @AnyRole()
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'the tickets the caller may see, filtered like the list, with zh-TW headers' })
  async export(@CurrentActor() actor: Actor, @Query() query: TicketExportQuery): Promise<StreamableFile> {
    const { format = 'csv', ...filter } = query;
    const file = await this.exports.export(actor, filter, format);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(`維修案件.${format}`)}`,
    });
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: TicketDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.tickets.get(actor, id);
  }

  /** Moves the ticket along its lifecycle; who may do what is the lifecycle table's business. */
  @Post(':id/transitions')
  @AnyRole()
  @HttpCode(200)
  @ApiOkResponse({ type: TicketView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: 'the action exists in this state but is not yours to take' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'illegal in this state (the body lists the allowed actions) or a stale version',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'a required reason, note or assignee is missing' })
  transition(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: TransitionDto) {
    return this.tickets.transition(actor, id, input);
  }

  @Patch(':id')
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: TicketView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  triage(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: TriageTicketDto) {
    return this.tickets.triage(actor, id, input);
  }

  @Post(':id/comments')
  @AnyRole()
  @ApiCreatedResponse({ type: CommentView })
  @ApiNotFoundResponse({ type: ErrorBody })
  comment(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CreateCommentDto) {
    return this.tickets.comment(actor, id, input);
  }

  @Post(':id/cost-lines')
  @Roles('maintenance_coordinator', 'technician')
  @ApiCreatedResponse({ type: CostLineView })
  @ApiNotFoundResponse({ type: ErrorBody })
  addCost(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CreateCostLineDto) {
    return this.tickets.addCost(actor, id, input);
  }
}
