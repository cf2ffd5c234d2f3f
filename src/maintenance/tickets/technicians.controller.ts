import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { TechnicianQuery, TechnicianView } from './dto/technician.dto';
import { TechnicianRosterService } from './technician-roster.service';

/** Whom the coordinator can send: the technicians, their trades and how busy they are. */
@ApiTags('maintenance')
@Controller('maintenance/technicians')
export class TechniciansController {
  constructor(private readonly roster: TechnicianRosterService) {}

  @Get()
  @ApiOperation({
    summary: '報修：列出可派工的技術員',
    description:
      '在職且至少負責一個工種的技術員，附其工種與手上未完工的案件數，案件少的在前；可只列某一工種的技術員。維修調度看得到每個機關的技術員。',
  })
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: [TechnicianView] })
  @ApiBadRequestResponse({ type: ErrorBody })
  list(@CurrentActor() actor: Actor, @Query() query: TechnicianQuery) {
    return this.roster.list(actor, query.tradeCode);
  }
}
