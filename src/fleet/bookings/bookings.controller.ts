import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { BookingExportService } from './booking-export.service';
import { BookingRequestsService } from './booking-requests.service';
import { BookingExportQuery, BookingFilter } from './dto/booking-query.dto';
import { BookingPage, BookingView, CreateBookingDto, CreatePaperBookingDto, ReasonDto } from './dto/booking.dto';

@ApiTags('fleet')
@Controller('fleet/bookings')
export class BookingsController {
  constructor(
    private readonly requests: BookingRequestsService,
    private readonly exports: BookingExportService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: BookingPage, description: "requesters see their agency's bookings only" })
  list(@CurrentActor() actor: Actor, @Query() filter: BookingFilter) {
    return this.requests.list(actor, filter);
  }

  @Get('export')
  @AnyRole()
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'the filtered list as CSV or XLSX (zh-TW headers)',
    schema: { type: 'string', format: 'binary' },
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: BookingExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.exports.export(actor, query);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody, description: "missing, or another agency's" })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.requests.get(actor, id);
  }

  @Post()
  @Roles('requester', 'dispatcher')
  @ApiCreatedResponse({ type: BookingView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'every problem of the request is listed in details' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateBookingDto) {
    return this.requests.create(actor, input);
  }

  @Post('paper')
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: BookingView })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'no such requester' })
  createPaper(@CurrentActor() actor: Actor, @Body() input: CreatePaperBookingDto) {
    return this.requests.createPaper(actor, input);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: "not the requester's own booking" })
  @ApiConflictResponse({ type: ErrorBody, description: 'the booking can no longer be cancelled' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: ReasonDto) {
    return this.requests.cancel(actor, id, input);
  }
}
