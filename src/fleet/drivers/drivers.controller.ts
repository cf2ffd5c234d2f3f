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
import { DriversService } from './drivers.service';
import { CreateDriverDto, DriverPage, DriverQuery, DriverView, UpdateDriverDto } from './dto/driver.dto';

@ApiTags('fleet')
@Controller('fleet/drivers')
export class DriversController {
  constructor(private readonly drivers: DriversService) {}

  @Get()
  @ApiOperation({ summary: '駕駛：列出駕駛' })
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverPage })
  list(@Query() query: DriverQuery) {
    return this.drivers.list(query);
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
    description: '使用者須具駕駛角色（422 `fleet.not_a_driver`）；同一使用者已有資料回 409。',
  })
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: DriverView })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '使用者不具駕駛角色（`fleet.not_a_driver`）' })
  @ApiConflictResponse({ type: ErrorBody, description: '此使用者已有駕駛資料' })
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
}
