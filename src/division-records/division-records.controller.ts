import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
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
  @Roles('maintenance_coordinator')
  @ApiCreatedResponse({ type: DivisionRecordView })
  @ApiConflictResponse({ type: ErrorBody, description: 'the center already has that kind of record on that day' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreateDivisionRecordDto) {
    return this.records.create(actor, input);
  }

  @Get()
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: DivisionRecordPage })
  async list(@Query() query: DivisionRecordQuery): Promise<DivisionRecordPage> {
    const page = await this.records.list(query);
    return { items: page.items.map(toDivisionRecordView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: DivisionRecordView })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return toDivisionRecordView(await this.records.get(id));
  }

  @Get(':id/result-file')
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the result file as uploaded' })
  @ApiNotFoundResponse({ type: ErrorBody })
  resultFile(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return this.records.resultFile(id);
  }
}
