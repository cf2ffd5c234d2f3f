import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../identity/decorators';
import {
  CreateLocationDto,
  LocationPath,
  LocationQuery,
  LocationTreeNode,
  LocationView,
  UpdateLocationDto,
} from './dto/location.dto';
import { LocationsService } from './locations.service';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Get('tree')
  @ApiOperation({ summary: '地點：完整的地點樹', description: '行政中心 → 棟 → 樓層 → 房間，一次回傳。' })
  @AnyRole()
  @ApiOkResponse({ type: [LocationTreeNode] })
  tree() {
    return this.locations.tree();
  }

  @Get()
  @ApiOperation({ summary: '地點：列出下一層地點', description: '不帶 `parentId` 時列出行政中心。' })
  @AnyRole()
  @ApiOkResponse({ type: [LocationView] })
  children(@Query() query: LocationQuery) {
    return this.locations.children(query.parentId);
  }

  @Get(':id')
  @ApiOperation({ summary: '地點：查看地點與其上層路徑' })
  @AnyRole()
  @ApiOkResponse({ type: LocationPath })
  @ApiNotFoundResponse({ type: ErrorBody })
  path(@Param('id', ParseUUIDPipe) id: string) {
    return this.locations.path(id);
  }

  @Post()
  @ApiOperation({
    summary: '地點：新增地點',
    description:
      '棟、樓層、房間須有正確層級的上層地點（422 `location.parent_required`），行政中心不可有上層（422 `location.site_has_no_parent`）；同一上層（或行政中心之間）代碼重複回 409 `location.code_taken`（欄位 `code`）。',
  })
  @Roles('admin')
  @ApiCreatedResponse({ type: LocationView })
  @ApiConflictResponse({ type: ErrorBody, description: '代碼已被使用（`location.code_taken`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreateLocationDto) {
    return this.locations.create(actor, input);
  }

  @Patch(':id')
  @ApiOperation({ summary: '地點：修改地點' })
  @Roles('admin')
  @ApiOkResponse({ type: LocationView })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateLocationDto) {
    return this.locations.update(actor, id, input);
  }

  @Delete(':id')
  @ApiOperation({
    summary: '地點：刪除地點',
    description: '仍有下層地點，或已被案件、財產等資料引用時不可刪除（422）。',
  })
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '地點仍有下層地點，或已被其他資料引用' })
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.locations.remove(actor, id);
  }
}
