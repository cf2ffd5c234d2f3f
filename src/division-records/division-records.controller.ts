import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { CurrentActor, Roles } from '../identity/decorators';
import { DivisionRecordsService, toDivisionRecordView } from './division-records.service';
import {
  CreateDivisionRecordDto,
  DivisionRecordPage,
  DivisionRecordQuery,
  DivisionRecordView,
} from './dto/division-record.dto';

/** The office's own staff keep these records; report viewers read them. Office-wide: they belong to no agency. */
@ApiTags('division-records')
@Controller('division-records')
export class DivisionRecordsController {
  constructor(private readonly records: DivisionRecordsService) {}

  @Post()
  @ApiOperation({
    summary: '一般行政紀錄：登錄紀錄',
    description:
      '由本處人員（維修調度）登錄，紀錄屬於整個行政中心，不屬於任何機關。同一行政中心同一天已有同類紀錄回 409 `division_records.duplicate`；`siteId` 不是行政中心回 422 `division_records.not_a_center`；民防訓練未填出席人數回 422 `division_records.attendance_required`。',
  })
  @Roles('maintenance_coordinator')
  @ApiCreatedResponse({ type: DivisionRecordView })
  @ApiConflictResponse({ type: ErrorBody, description: '該行政中心當天已有同類紀錄（`division_records.duplicate`）' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description:
      '地點不是行政中心（`division_records.not_a_center`），或民防訓練缺少出席人數（`division_records.attendance_required`）',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateDivisionRecordDto) {
    return this.records.create(actor, input);
  }

  @Get()
  @ApiOperation({ summary: '一般行政紀錄：查詢紀錄', description: '維修調度與報表檢視者可查詢。' })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: DivisionRecordPage })
  async list(@Query() query: DivisionRecordQuery): Promise<DivisionRecordPage> {
    const page = await this.records.list(query);
    return { items: page.items.map(toDivisionRecordView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: '一般行政紀錄：查看紀錄' })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: DivisionRecordView })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return toDivisionRecordView(await this.records.get(id));
  }

  @Get(':id/result-file')
  @ApiOperation({ summary: '一般行政紀錄：下載結果檔' })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: '上傳時的結果檔原檔' })
  @ApiNotFoundResponse({ type: ErrorBody })
  resultFile(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return this.records.resultFile(id);
  }
}
