import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
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
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: StocktakePage })
  list(@Query() query: StocktakeQuery) {
    return this.stocktakes.list(query);
  }

  @Get(':id')
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: StocktakeView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.stocktakes.get(id);
  }

  @Get(':id/lines')
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: StocktakeLinePage })
  @ApiNotFoundResponse({ type: ErrorBody })
  lines(@Param('id', ParseUUIDPipe) id: string, @Query() query: StocktakeLineQuery) {
    return this.stocktakes.listLines(id, query);
  }

  @Get(':id/discrepancies')
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: DiscrepancyReport })
  @ApiNotFoundResponse({ type: ErrorBody })
  discrepancies(@Param('id', ParseUUIDPipe) id: string) {
    return this.stocktakes.discrepancies(id);
  }

  @Post()
  @Roles('property_officer')
  @ApiCreatedResponse({ type: StocktakeView, description: 'snapshots the assets in scope as lines' })
  @ApiConflictResponse({ type: ErrorBody, description: 'this scope already has a stocktake for the year' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  open(@CurrentActor() actor: Actor, @Body() input: OpenStocktakeDto) {
    return this.stocktakes.open(actor, input);
  }

  @Put(':id/lines/:assetId')
  @Roles('property_officer')
  @ApiOkResponse({ type: StocktakeLineView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'the stocktake is closed' })
  record(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assetId', ParseUUIDPipe) assetId: string,
    @Body() input: RecordStocktakeLineDto,
  ) {
    return this.stocktakes.recordLine(actor, id, assetId, input);
  }

  @Post(':id/close')
  @Roles('property_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: DiscrepancyReport })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'lines remain unrecorded (details.unrecorded says how many) or it is already closed',
  })
  close(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.stocktakes.close(actor, id);
  }
}
