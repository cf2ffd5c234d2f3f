import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import {
  CampaignDetailView,
  CampaignPage,
  CampaignQuery,
  CampaignView,
  CheckView,
  OpenCampaignDto,
  RecordCheckDto,
} from './dto/residence-check.dto';
import { ResidenceCheckCampaignService } from './residence-check-campaign.service';
import { ResidenceCheckRecordingService } from './residence-check-recording.service';

@ApiTags('dormitories')
@Controller('residence-check-campaigns')
export class ResidenceChecksController {
  constructor(
    private readonly campaigns: ResidenceCheckCampaignService,
    private readonly recording: ResidenceCheckRecordingService,
  ) {}

  @Get()
  @ApiOperation({ summary: '宿舍：列出居住事實查考' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: CampaignPage })
  list(@CurrentActor() actor: Actor, @Query() query: CampaignQuery) {
    return this.campaigns.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '宿舍：查看居住事實查考（含各戶結果）' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: CampaignDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '宿舍：開始半年一次的居住事實查考',
    description: '為當天每一筆配住建立一筆待查考紀錄；同一半年已有查考回 409。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: CampaignView, description: '當天每一筆配住建立一筆待查考紀錄' })
  @ApiConflictResponse({ type: ErrorBody, description: '此半年已有居住事實查考' })
  open(@CurrentActor() actor: Actor, @Body() input: OpenCampaignDto) {
    return this.campaigns.openFor(actor, input);
  }

  @Post(':id/checks/:checkId')
  @VersionCheckedStep({
    summary: '宿舍：登錄一戶的查考結果',
    description: '已登錄回 409 `residence_check.already_recorded`；需帶回 `version`。',
    type: CheckView,
    roles: ['dormitory_manager'],
    conflict: '已登錄（`residence_check.already_recorded`）',
  })
  record(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('checkId', ParseUUIDPipe) checkId: string,
    @Body() input: RecordCheckDto,
  ) {
    return this.recording.record(actor, id, checkId, input);
  }
}
