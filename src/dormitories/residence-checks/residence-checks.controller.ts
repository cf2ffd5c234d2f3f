import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
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
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: CampaignPage })
  list(@CurrentActor() actor: Actor, @Query() query: CampaignQuery) {
    return this.campaigns.list(actor, query);
  }

  @Get(':id')
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: CampaignDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.get(actor, id);
  }

  @Post()
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: CampaignView, description: 'one pending check per assignment running that day' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the half-year already has its campaign' })
  open(@CurrentActor() actor: Actor, @Body() input: OpenCampaignDto) {
    return this.campaigns.openFor(actor, input);
  }

  @Post(':id/checks/:checkId')
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: CheckView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version or already recorded' })
  record(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('checkId', ParseUUIDPipe) checkId: string,
    @Body() input: RecordCheckDto,
  ) {
    return this.recording.record(actor, id, checkId, input);
  }
}
