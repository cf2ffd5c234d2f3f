import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { CONTENT_TYPES } from '../../common/export/content-types';
import { downloadOf } from '../../common/export/table-export';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { BookingExportService } from './booking-export.service';
import { BookingRequestsService } from './booking-requests.service';
import { BOOK_A_CAR, BOOKING_INVALID } from './booking.examples';
import { BookingExportQuery, BookingFilter } from './dto/booking-query.dto';
import { BookingPage, BookingView, CreateBookingDto, CreatePaperBookingDto, ReasonDto } from './dto/booking.dto';

const NO_VEHICLE_IN_SERVICE = '`fleet.no_vehicle_in_service`：目前沒有在用的車輛（尚未登錄或全部報廢），無法受理申請';

@ApiTags('fleet')
@Controller('fleet/bookings')
export class BookingsController {
  constructor(
    private readonly requests: BookingRequestsService,
    private readonly exports: BookingExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: '派車：查詢派車申請', description: '申請人只看得到自己機關的申請。' })
  @AnyRole()
  @ApiOkResponse({ type: BookingPage, description: '申請人只看得到自己機關的申請' })
  list(@CurrentActor() actor: Actor, @Query() filter: BookingFilter) {
    return this.requests.list(actor, filter);
  }

  @Get('export')
  @ApiOperation({ summary: '派車：匯出派車申請（CSV／Excel）', description: '篩選條件與清單相同，欄位名稱為中文。' })
  @AnyRole()
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: '篩選後的清單，CSV 或 XLSX（中文欄名）',
    schema: { type: 'string', format: 'binary' },
  })
  async export(@CurrentActor() actor: Actor, @Query() query: BookingExportQuery): Promise<StreamableFile> {
    return downloadOf(await this.exports.export(actor, query));
  }

  @Get(':id')
  @ApiOperation({ summary: '派車：查看派車申請', description: '其他機關的申請視同不存在（404）。' })
  @AnyRole()
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '不存在，或屬於其他機關' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.requests.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '派車：線上申請派用公務車',
    description:
      '申請用車時段、行程、人數與是否需要駕駛。開始時間須至少在 60 分鐘後、90 天內（可設定），結束須晚於開始，人數不可超過最大車輛座位數；所有問題一次列在 400 `fleet.booking_invalid` 的 `details.problems`。申請建立後等待派車調度核派。',
  })
  @Roles('requester', 'dispatcher')
  @ApiCreatedResponse({ type: BookingView })
  @ApiBody({ type: CreateBookingDto, examples: BOOK_A_CAR })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '`fleet.booking_invalid`：申請的所有問題列在 `details.problems`',
    examples: BOOKING_INVALID,
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: NO_VEHICLE_IN_SERVICE })
  create(@CurrentActor() actor: Actor, @Body() input: CreateBookingDto) {
    return this.requests.create(actor, input);
  }

  @Post('paper')
  @ApiOperation({
    summary: '派車：登錄紙本派車申請',
    description: '派車調度代申請人登錄紙本申請單（例如禮賓車）；申請人不存在回 404。規則同線上申請。',
  })
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: BookingView })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody, description: '申請人不存在' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: NO_VEHICLE_IN_SERVICE })
  createPaper(@CurrentActor() actor: Actor, @Body() input: CreatePaperBookingDto) {
    return this.requests.createPaper(actor, input);
  }

  @Post(':id/cancel')
  @ApiOperation({
    summary: '派車：取消派車申請',
    description:
      '只有申請人本人或派車調度可取消（403）；已出車或已結束的申請不可取消（409 `fleet.booking_state`）。需填寫原因。',
  })
  @HttpCode(200)
  @AnyRole()
  @ApiOkResponse({ type: BookingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiForbiddenResponse({ type: ErrorBody, description: '不是申請人本人的申請' })
  @ApiConflictResponse({ type: ErrorBody, description: '申請已不能取消（`fleet.booking_state`）' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: ReasonDto) {
    return this.requests.cancel(actor, id, input);
  }
}
