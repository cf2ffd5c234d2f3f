import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DriverUnavailabilitiesService } from './driver-unavailabilities.service';
import { DriversService } from './drivers.service';
import {
  CreateDriverUnavailabilityDto,
  DriverUnavailabilityPage,
  DriverUnavailabilityQuery,
  DriverUnavailabilityView,
} from './dto/driver-unavailability.dto';
import { CreateDriverDto, DriverPage, DriverQuery, DriverView, UpdateDriverDto } from './dto/driver.dto';

@ApiTags('fleet')
@Controller('fleet/drivers')
export class DriversController {
  constructor(
    private readonly drivers: DriversService,
    private readonly unavailabilities: DriverUnavailabilitiesService,
  ) {}

  @Get()
  @ApiOperation({ summary: '駕駛：列出駕駛' })
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverPage })
  list(@Query() query: DriverQuery) {
    return this.drivers.list(query);
  }

  @Get('unavailabilities')
  @ApiOperation({
    summary: '駕駛：列出請假與受訓等無法出車時段',
    description: '可依駕駛與時段（`from`、`to`）篩選，依開始時間排序。',
  })
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverUnavailabilityPage })
  listUnavailabilities(@Query() query: DriverUnavailabilityQuery) {
    return this.unavailabilities.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '駕駛：查看駕駛資料' })
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.drivers.get(id);
  }

  @Post()
  @ApiOperation({
    summary: '駕駛：建立駕駛資料',
    description:
      '使用者須具駕駛角色（422 `fleet.not_a_driver`）；同一使用者已有資料回 409 `fleet.driver_exists`（欄位 `userId`）。',
  })
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: DriverView })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '使用者不具駕駛角色（`fleet.not_a_driver`）' })
  @ApiConflictResponse({ type: ErrorBody, description: '此使用者已有駕駛資料（`fleet.driver_exists`）' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateDriverDto) {
    return this.drivers.create(actor, input);
  }

  @Patch(':id')
  @ApiOperation({ summary: '駕駛：修改駕駛資料（駕照、狀態）', description: '需帶回 `version`。' })
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateDriverDto) {
    return this.drivers.update(actor, id, input);
  }

  @Post(':id/unavailabilities')
  @ApiOperation({
    summary: '駕駛：登錄無法出車時段（請假、受訓等）',
    description:
      '登錄後該駕駛在此時段不列入建議名單，也不能被指派。該時段已有車次回 409 `fleet.double_booked`，並列出衝突的申請。',
  })
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: DriverUnavailabilityView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '結束時間不晚於開始時間（`fleet.unavailability_window`）',
  })
  @ApiConflictResponse({ type: ErrorBody, description: '該時段已有車次（`fleet.double_booked`），並列出衝突的申請' })
  addUnavailability(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: CreateDriverUnavailabilityDto,
  ) {
    return this.unavailabilities.add(actor, id, input);
  }
}
