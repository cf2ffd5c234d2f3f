import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQuery } from '../../common/pagination/keyset';
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { toAttachmentView, UploadAttachmentDto } from '../../maintenance/attachments/dto/attachment.dto';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryPhotoView } from '../photos/dto/dormitory-photo.dto';
import { DormitoryLawsuitsService } from './dormitory-lawsuits.service';
import { AddHearingDto, CreateLawsuitDto, LawsuitDetailView, LawsuitPage, UpdateLawsuitDto } from './dto/lawsuit.dto';
import { LawsuitDocumentsService } from './lawsuit-documents.service';

@ApiTags('dormitories')
@Controller()
export class DormitoryLawsuitsController {
  constructor(
    private readonly lawsuits: DormitoryLawsuitsService,
    private readonly documents: LawsuitDocumentsService,
  ) {}

  @Get('dormitory-lawsuits')
  @ApiOperation({ summary: '眷舍訴訟：列出收回眷舍的訴訟案件' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: LawsuitPage })
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.lawsuits.list(actor, query);
  }

  @Get('dormitory-lawsuits/:id')
  @ApiOperation({ summary: '眷舍訴訟：查看案件、開庭紀錄與文件' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: LawsuitDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.lawsuits.get(actor, id);
  }

  @Post('dormitory-lawsuits')
  @ApiOperation({
    summary: '眷舍訴訟：登錄訴訟案件',
    description:
      '僅限眷舍（422 `dormitory_lawsuit.family_only`）；同一法院的案號不可重複（409 `dormitory_lawsuit.case_number_taken`，欄位 `caseNumber`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: LawsuitDetailView })
  @ApiConflictResponse({ type: ErrorBody, description: '同一法院已有此案號（`dormitory_lawsuit.case_number_taken`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '不是眷舍' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateLawsuitDto) {
    return this.lawsuits.create(actor, input);
  }

  @Patch('dormitory-lawsuits/:id')
  @VersionCheckedStep({
    summary: '眷舍訴訟：變更審級或登錄結果結案',
    description: '結案須有結果，結案日不得早於起訴日（422 `dormitories.lawsuit_closed`）。需帶回 `version`。',
    type: LawsuitDetailView,
    roles: ['dormitory_manager'],
    answers: 'ok',
    unprocessable: '結案缺少結果或日期早於起訴日',
  })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateLawsuitDto) {
    return this.lawsuits.update(actor, id, input);
  }

  @Post('dormitory-lawsuits/:id/hearings')
  @ApiOperation({
    summary: '眷舍訴訟：登錄開庭',
    description: '開庭日不得早於起訴日（422 `dormitory_lawsuit.hearing_before_filing`，欄位 `heldOn`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: LawsuitDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '開庭日早於起訴日' })
  addHearing(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: AddHearingDto) {
    return this.lawsuits.addHearing(actor, id, input);
  }

  @Post('dormitory-lawsuits/:id/documents')
  @ApiOperation({
    summary: '眷舍訴訟：上傳訴訟文件',
    description: '檔案以 base64 放在 JSON 中上傳；過大、類型不允許或內容不符回 400（`maintenance_attachment.*`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: DormitoryPhotoView })
  @ApiBadRequestResponse({ type: ErrorBody, description: '檔案過大、類型不允許或內容與類型不符，未儲存' })
  @ApiNotFoundResponse({ type: ErrorBody })
  async addDocument(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: UploadAttachmentDto,
  ): Promise<DormitoryPhotoView> {
    return toAttachmentView(await this.documents.add(actor, id, input));
  }

  @Get('dormitory-lawsuit-documents/:documentId')
  @ApiOperation({ summary: '眷舍訴訟：下載訴訟文件' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ description: '上傳時的原始檔案' })
  @ApiNotFoundResponse({ type: ErrorBody })
  download(
    @CurrentActor() actor: Actor,
    @Param('documentId', ParseUUIDPipe) documentId: string,
  ): Promise<StreamableFile> {
    return this.documents.download(actor, documentId);
  }
}
