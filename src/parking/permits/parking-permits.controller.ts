import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
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
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AgenciesService } from '../../agencies/agencies.service';
import { ErrorBody } from '../../common/errors/error-body';
import { Page } from '../../common/pagination/keyset';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { ParkingSettings } from '../parking-settings';
import { verificationUrlOf } from '../verification/verification-url';
import {
  BulkIssueDto,
  BulkIssueView,
  IssuedPermitView,
  IssuePermitDto,
  PermitPage,
  PermitQuery,
  PermitView,
  RevokePermitDto,
} from './dto/permit.dto';
import { ParkingPermit } from './parking-permit.entity';
import { IssuedPermit, PermitIssueService } from './permit-issue.service';
import { PermitPdfService } from './permit-pdf.service';
import { PermitQueryService } from './permit-query.service';

function viewOf(permit: ParkingPermit): PermitView {
  const {
    rocYear: _year,
    serialNumber: _number,
    anonymisedAt: _anonymisedAt,
    createdAt: _created,
    updatedAt: _updated,
    lot: _lot,
    agencyVisited: _agency,
    issuedBy: _by,
    verificationToken: _token,
    ...view
  } = permit;
  return view;
}

@ApiTags('parking')
@Controller('parking/permits')
@ApiForbiddenResponse({ type: ErrorBody, description: 'not a parking officer, or not an officer of that lot' })
export class ParkingPermitsController {
  constructor(
    private readonly issuing: PermitIssueService,
    private readonly queries: PermitQueryService,
    private readonly pdf: PermitPdfService,
    private readonly lots: ParkingLotsService,
    private readonly agencies: AgenciesService,
    private readonly settings: ParkingSettings,
  ) {}

  @Post()
  @Roles('parking_officer')
  @ApiCreatedResponse({ type: IssuedPermitView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'bad plate or window' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'parking.plate_overlap names the existing serial; parking.lot_full names the day',
  })
  async issue(
    @CurrentActor() actor: Actor,
    @Body() input: IssuePermitDto,
    @Req() request: FastifyRequest,
  ): Promise<IssuedPermitView> {
    return this.issuedView(await this.issuing.issue(actor, input), request);
  }

  @Post('bulk')
  @Roles('parking_officer')
  @ApiCreatedResponse({ type: BulkIssueView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'details.lines lists each bad line' })
  @ApiConflictResponse({ type: ErrorBody, description: 'details.lines and details.fullDays say what is taken' })
  async issueBulk(
    @CurrentActor() actor: Actor,
    @Body() input: BulkIssueDto,
    @Req() request: FastifyRequest,
  ): Promise<BulkIssueView> {
    const issued = await this.issuing.issueBulk(actor, input);
    return { permits: issued.map((one) => this.issuedView(one, request)) };
  }

  /** Look-up by plate, serial or visitor, newest first. */
  @Get()
  @Roles('parking_officer')
  @ApiOkResponse({ type: PermitPage })
  async list(@CurrentActor() actor: Actor, @Query() query: PermitQuery): Promise<Page<PermitView>> {
    const page = await this.queries.list(actor, query);
    return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles('parking_officer')
  @ApiOkResponse({ type: IssuedPermitView })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<IssuedPermitView> {
    const permit = await this.queries.getVisible(actor, id);
    return this.issuedView({ permit, token: await this.queries.tokenOf(id) }, request);
  }

  /** The printable A6 permit with its QR code. */
  @Get(':id/pdf')
  @Roles('parking_officer')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ErrorBody })
  async print(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const permit = await this.queries.getVisible(actor, id);
    const [lot, agency, token] = await Promise.all([
      this.lots.getById(permit.lotId),
      this.agencies.get(permit.agencyVisitedId),
      this.queries.tokenOf(id),
    ]);
    const pdf = await this.pdf.render({
      permit,
      lot,
      agencyName: agency.name,
      verificationUrl: verificationUrlOf(token, this.settings.values.publicBaseUrl, request),
    });
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${permit.serial}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  }

  @Post(':id/revoke')
  @Roles('parking_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: PermitView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'not active, or stale version' })
  async revoke(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: RevokePermitDto,
  ): Promise<PermitView> {
    return viewOf(await this.issuing.revoke(actor, id, input));
  }

  private issuedView({ permit, token }: IssuedPermit, request: FastifyRequest): IssuedPermitView {
    return {
      ...viewOf(permit),
      verificationUrl: verificationUrlOf(token, this.settings.values.publicBaseUrl, request),
    };
  }
}
