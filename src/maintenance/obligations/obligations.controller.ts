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
import {
  CreateObligationDto,
  ObligationPage,
  ObligationQuery,
  ObligationView,
  UpdateObligationDto,
} from './dto/obligation.dto';
import { ObligationsService } from './obligations.service';

/** The register of statutory and recurring work. It is the office's own: coordinators keep it, report viewers read it. */
@ApiTags('maintenance obligations')
@Controller('maintenance/obligations')
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Post()
  @ApiOperation({
    summary: '定期維護：新增法定或定期工作',
    description:
      '同時建立第一次應辦期限（`nextDueDate`）。地點只能是行政中心或棟（不可為樓層、房間，422 `maintenance_obligation.location_kind`）；類別為其他時須填 `otherKindName`（422 `maintenance_obligation.other_kind_name`）。',
  })
  @Roles('maintenance_coordinator')
  @ApiCreatedResponse({ type: ObligationView, description: '同時建立第一次應辦期限（`nextDueDate`）' })
  @ApiNotFoundResponse({ type: ErrorBody, description: '工種或地點不存在' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '地點為樓層或房間，或類別為其他卻未填 `otherKindName`',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateObligationDto) {
    return this.obligations.create(actor, input);
  }

  @Get()
  @ApiOperation({
    summary: '定期維護：列出定期工作',
    description: '下次期限近的在前；可依行政中心、棟、類別與期限篩選。',
  })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({
    type: ObligationPage,
    description: '下次期限近的在前；可依行政中心、棟、類別與期限篩選',
  })
  list(@Query() query: ObligationQuery) {
    return this.obligations.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '定期維護：查看定期工作' })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: ObligationView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.obligations.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: '定期維護：修改定期工作',
    description: '已開立工單後不可再移動期限（422 `maintenance_obligation.due_date_locked`）；需帶回 `version`。',
  })
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: ObligationView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '已開立工單後移動期限（`maintenance_obligation.due_date_locked`）',
  })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateObligationDto) {
    return this.obligations.update(actor, id, input);
  }
}
