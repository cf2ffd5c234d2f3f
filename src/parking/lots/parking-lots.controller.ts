import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { GuardCheckQuery, GuardCheckView } from '../permits/dto/permit.dto';
import { PermitQueryService } from '../permits/permit-query.service';
import { LotDaysQuery, LotDayView, LotOfficerView, LotView, UpdateLotDto } from './dto/lot.dto';
import { ParkingLotsService } from './parking-lots.service';

@ApiTags('parking')
@Controller('parking/lots')
export class ParkingLotsController {
  constructor(
    private readonly lots: ParkingLotsService,
    private readonly queries: PermitQueryService,
  ) {}

  @Get()
  @Roles('parking_officer', 'report_viewer')
  @ApiOkResponse({ type: [LotView] })
  list() {
    return this.lots.list();
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOkResponse({ type: LotView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'capacity below what a coming day already issued' })
  update(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() input: UpdateLotDto) {
    return this.lots.update(actor, code, input);
  }

  /** Spaces issued and left per day. */
  @Get(':code/days')
  @Roles('parking_officer')
  @ApiOkResponse({ type: [LotDayView] })
  @ApiNotFoundResponse({ type: ErrorBody })
  days(@Param('code') code: string, @Query() query: LotDaysQuery) {
    return this.lots.dayCounts(code, query);
  }

  /** The guard's question: does this plate hold a valid permit here right now? */
  @Get(':code/check')
  @Roles('parking_officer')
  @ApiOkResponse({ type: GuardCheckView })
  @ApiNotFoundResponse({ type: ErrorBody })
  check(@Param('code') code: string, @Query() query: GuardCheckQuery) {
    return this.queries.guardCheck(code, query.plate);
  }

  @Get(':code/officers')
  @Roles('admin')
  @ApiOkResponse({ type: [LotOfficerView] })
  @ApiNotFoundResponse({ type: ErrorBody })
  officers(@Param('code') code: string) {
    return this.lots.officersOf(code);
  }

  @Put(':code/officers/:userId')
  @Roles('admin')
  @ApiOkResponse({ type: LotOfficerView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'the user is not a parking officer' })
  assign(@CurrentActor() actor: Actor, @Param('code') code: string, @Param('userId', ParseUUIDPipe) userId: string) {
    return this.lots.assignOfficer(actor, code, userId);
  }

  @Delete(':code/officers/:userId')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBody })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ) {
    await this.lots.removeOfficer(actor, code, userId);
  }
}
