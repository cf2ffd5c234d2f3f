import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
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
import { AssetStocktakesService } from './asset-stocktakes.service';
import {
  DiscrepancyReport,
  OpenStocktakeDto,
  RecordStocktakeLineDto,
  StocktakeLinePage,
  StocktakeLineQuery,
  StocktakeLineView,
  StocktakePage,
  StocktakeQuery,
  StocktakeView,
} from './dto/asset-stocktake.dto';

@ApiTags('asset-stocktakes')
@Controller('asset-stocktakes')
export class AssetStocktakesController {
  constructor(private readonly stocktakes: AssetStocktakesService) {}

  @Get()
  @ApiOperation({ summary: '盤點：列出盤點' })
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: StocktakePage })
  list(@Query() query: StocktakeQuery) {
    return this.stocktakes.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '盤點：查看盤點' })
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: StocktakeView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.stocktakes.get(id);
  }

  @Get(':id/lines')
  @ApiOperation({ summary: '盤點：列出盤點明細' })
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: StocktakeLinePage })
  @ApiNotFoundResponse({ type: ErrorBody })
  lines(@Param('id', ParseUUIDPipe) id: string, @Query() query: StocktakeLineQuery) {
    return this.stocktakes.listLines(id, query);
  }

  @Get(':id/discrepancies')
  @ApiOperation({
    summary: '盤點：差異報告',
    description: '找不到（盤虧）、地點不符、損壞的項目，與不在帳上的盤盈項目，及各類筆數。',
  })
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: DiscrepancyReport })
  @ApiNotFoundResponse({ type: ErrorBody })
  discrepancies(@Param('id', ParseUUIDPipe) id: string) {
    return this.stocktakes.discrepancies(id);
  }

  @Post()
  @ApiOperation({
    summary: '盤點：建立年度盤點',
    description:
      '以範圍內的財產建立盤點明細；同一範圍同一年已有盤點回 409 `assets.stocktake_exists`（欄位 `rocYear`）；行政中心盤點的地點須為行政中心（422 `asset_stocktake.not_a_site`）。',
  })
  @Roles('property_officer')
  @ApiCreatedResponse({ type: StocktakeView, description: '以範圍內的財產建立盤點明細' })
  @ApiConflictResponse({ type: ErrorBody, description: '此範圍該年度已有盤點（`assets.stocktake_exists`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  open(@CurrentActor() actor: Actor, @Body() input: OpenStocktakeDto) {
    return this.stocktakes.open(actor, input);
  }

  @Put(':id/lines/:assetId')
  @ApiOperation({
    summary: '盤點：登錄一筆盤點結果',
    description: '已結案的盤點不可再登錄（409 `asset_stocktake.closed`）。',
  })
  @Roles('property_officer')
  @ApiOkResponse({ type: StocktakeLineView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '盤點已結案（`asset_stocktake.closed`）' })
  record(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assetId', ParseUUIDPipe) assetId: string,
    @Body() input: RecordStocktakeLineDto,
  ) {
    return this.stocktakes.recordLine(actor, id, assetId, input);
  }

  @Post(':id/close')
  @ApiOperation({
    summary: '盤點：盤點結案',
    description:
      '每一筆明細都登錄後才能結案（409 `asset_stocktake.lines_unrecorded`，`details.unrecorded` 為未登錄筆數）；已結案回 409 `asset_stocktake.closed`。',
  })
  @Roles('property_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: DiscrepancyReport })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '尚有明細未登錄（`asset_stocktake.lines_unrecorded`，`details.unrecorded` 為筆數），或已結案',
  })
  close(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.stocktakes.close(actor, id);
  }
}
