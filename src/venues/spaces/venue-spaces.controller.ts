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
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { CreateVenueSpaceDto, UpdateVenueSpaceDto, VenueSpaceQuery, VenueSpaceView } from './dto/venue-space.dto';
import { VenueSpacesService } from './venue-spaces.service';

@ApiTags('venues')
@Controller('venues/spaces')
export class VenueSpacesController {
  constructor(private readonly spaces: VenueSpacesService) {}

  @Get()
  @ApiOperation({ summary: '場地：場地清單', description: '所有機關都看得到全部場地（中庭、廣場、禮堂、會議室）。' })
  @AnyRole()
  @ApiOkResponse({ type: [VenueSpaceView], description: '每個機關都看得到所有場地' })
  list(@Query() query: VenueSpaceQuery) {
    return this.spaces.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '場地：查看場地' })
  @AnyRole()
  @ApiOkResponse({ type: VenueSpaceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.spaces.get(id);
  }

  @Post()
  @ApiOperation({
    summary: '場地：新增場地',
    description:
      '場地管理者以地點樹中的一個房間建立場地。地點不存在回 404；代碼或房間已被其他場地使用回 409（`venue.space_code_taken` 欄位 `code`，`venue.space_location_taken` 欄位 `locationId`）；地點不是房間回 422 `venue.location_not_room`，分區或開放時間不正確回 422（`venue.part_invalid`、`venue.hours_order`）。',
  })
  @Roles('venue_manager')
  @ApiCreatedResponse({ type: VenueSpaceView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '地點不存在' })
  @ApiConflictResponse({ type: ErrorBody, description: '代碼或房間已被其他場地使用' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '地點不是房間，或分區、開放時間不正確' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVenueSpaceDto) {
    return this.spaces.create(actor, input);
  }

  @Patch(':id')
  @ApiOperation({
    summary: '場地：修改場地',
    description: '場地管理者修改場地資料、分區與開放時間；需帶回 `version`。',
  })
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueSpaceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateVenueSpaceDto) {
    return this.spaces.update(actor, id, input);
  }
}
