import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
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
  @ApiOperation({ summary: '停車場：列出停車場與臨時車位數' })
  @Roles('parking_officer', 'report_viewer')
  @ApiOkResponse({ type: [LotView] })
  list() {
    return this.lots.list();
  }

  @Patch(':code')
  @ApiOperation({
    summary: '停車場：修改停車場（臨時車位數）',
    description: '車位數不可少於未來某日已核發的張數（422）；需帶回 `version`。',
  })
  @Roles('admin')
  @ApiOkResponse({ type: LotView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '車位數少於未來某日已核發的張數' })
  update(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() input: UpdateLotDto) {
    return this.lots.update(actor, code, input);
  }

  /** Spaces issued and left per day. */
  @Get(':code/days')
  @ApiOperation({ summary: '停車場：每日已核發與剩餘車位' })
  @Roles('parking_officer')
  @ApiOkResponse({ type: [LotDayView] })
  @ApiNotFoundResponse({ type: ErrorBody })
  days(@Param('code') code: string, @Query() query: LotDaysQuery) {
    return this.lots.dayCounts(code, query);
  }

  /** The guard's question: does this plate hold a valid permit here right now? */
  @Get(':code/check')
  @ApiOperation({
    summary: '停車場：車牌查核（此刻是否持有效停車證）',
    description: '警衛查詢某車牌此刻在此停車場是否有有效的臨時停車證。',
  })
  @Roles('parking_officer')
  @ApiOkResponse({ type: GuardCheckView })
  @ApiNotFoundResponse({ type: ErrorBody })
  check(@Param('code') code: string, @Query() query: GuardCheckQuery) {
    return this.queries.guardCheck(code, query.plate);
  }

  @Get(':code/officers')
  @ApiOperation({ summary: '停車場：列出核發人員' })
  @Roles('admin')
  @ApiOkResponse({ type: [LotOfficerView] })
  @ApiNotFoundResponse({ type: ErrorBody })
  officers(@Param('code') code: string) {
    return this.lots.officersOf(code);
  }

  @Put(':code/officers/:userId')
  @ApiOperation({ summary: '停車場：指派核發人員', description: '使用者須具停車證核發角色（422）。' })
  @Roles('admin')
  @ApiOkResponse({ type: LotOfficerView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '使用者不具停車證核發角色' })
  assign(@CurrentActor() actor: Actor, @Param('code') code: string, @Param('userId', ParseUUIDPipe) userId: string) {
    return this.lots.assignOfficer(actor, code, userId);
  }

  @Delete(':code/officers/:userId')
  @ApiOperation({ summary: '停車場：移除核發人員' })
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
