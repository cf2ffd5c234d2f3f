import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import {
  CancelledSeriesView,
  CancelVenueSeriesDto,
  CreateVenueSeriesDto,
  VenueSeriesResult,
} from './dto/venue-series.dto';
import { VenueSeriesService } from './venue-series.service';

@ApiTags('venues')
@Controller('venues/series')
export class VenueSeriesController {
  constructor(private readonly series: VenueSeriesService) {}

  @Post()
  @ApiOperation({
    summary: '場地：週期預約（每週、每月固定時段）',
    description:
      '申請人或場地管理者一次預約多個日期。可選擇全部成立或略過有衝突的日期；全部成立時任一日期衝突或遇休館日回 409 `venue.series_clash`（`details.dates` 列出有問題的日期），略過後沒有剩下的日期也回 409。場地不存在回 404；違反預約規則回 422 `venue.rules_broken`（如 `venue.series_too_long`、`venue.series_empty`）。',
  })
  @Roles('requester', 'venue_manager')
  @ApiCreatedResponse({ type: VenueSeriesResult })
  @ApiNotFoundResponse({ type: ErrorBody, description: '場地不存在' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '有日期無法預約（`venue.series_clash`，`details.dates` 列出有問題的日期）',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '違反預約規則（`venue.rules_broken`）' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVenueSeriesDto) {
    return this.series.create(actor, input);
  }

  @Get(':id')
  @ApiOperation({ summary: '場地：查看週期預約' })
  @AnyRole()
  @ApiOkResponse({ type: VenueSeriesResult, description: '週期預約及其各日期（此處略過的日期為空）' })
  @ApiNotFoundResponse({ type: ErrorBody, description: '週期預約不存在，或屬於其他機關' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.series.get(actor, id);
  }

  @Post(':id/cancel')
  @ApiOperation({
    summary: '場地：取消週期預約',
    description: '預約人或場地管理者填寫原因取消尚未使用的日期；不是您的週期預約回 403。',
  })
  @HttpCode(200)
  @Roles('requester', 'venue_manager')
  @ApiOkResponse({ type: CancelledSeriesView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: '不是您的週期預約' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: CancelVenueSeriesDto) {
    return this.series.cancel(actor, id, input);
  }
}
