import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { ASSET_READERS } from '../asset-access';
import { AssetMovementsService } from '../movements/asset-movements.service';
import { DonateAssetDto, ScrapAssetDto, SellAssetDto, TransferAssetDto } from '../movements/dto/asset-movement.dto';
import { AssetExportService } from './asset-export.service';
import { AssetRegisterService } from './asset-register.service';
import {
  AssetDetail,
  AssetExportQuery,
  AssetPage,
  AssetQuery,
  AssetView,
  RegisterAssetDto,
  UpdateAssetDto,
} from './dto/asset.dto';

const MOVEMENT_CONFLICTS =
  'the asset already left the register, is not idle (transfer, donation, sale), or your version is stale';

@ApiTags('assets')
@Controller('assets')
export class AssetsController {
  constructor(
    private readonly register: AssetRegisterService,
    private readonly movements: AssetMovementsService,
    private readonly exports: AssetExportService,
  ) {}

  @Get()
  @Roles(...ASSET_READERS)
  @ApiOkResponse({ type: AssetPage, description: "agency staff see only their own agency's custodial assets" })
  list(@CurrentActor() actor: Actor, @Query() query: AssetQuery) {
    return this.register.list(actor, query);
  }

  @Get('idle')
  @Roles(...ASSET_READERS)
  @ApiOkResponse({
    type: AssetPage,
    description: 'idle assets, offered for transfer (移撥) to other agencies and schools',
  })
  idle(@CurrentActor() actor: Actor, @Query() query: AssetQuery) {
    return this.register.list(actor, { ...query, status: 'idle' });
  }

  @Get('export')
  @Roles(...ASSET_READERS)
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'the register (財產清冊) with zh-TW headers, filtered like the list' })
  async export(@CurrentActor() actor: Actor, @Query() query: AssetExportQuery): Promise<StreamableFile> {
    const { format = 'csv', ...filter } = query;
    const file = await this.exports.export(actor, filter, format);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(`財產清冊.${format}`)}`,
    });
  }

  @Get(':id')
  @Roles(...ASSET_READERS)
  @ApiOkResponse({ type: AssetDetail })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.register.get(actor, id);
  }

  @Post()
  @Roles('property_officer')
  @ApiCreatedResponse({ type: AssetView })
  @ApiConflictResponse({ type: ErrorBody, description: 'the property number is taken' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: RegisterAssetDto) {
    return this.register.register(actor, input);
  }

  @Patch(':id')
  @Roles('property_officer')
  @ApiOkResponse({ type: AssetView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version or the asset already left the register' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateAssetDto) {
    return this.register.update(actor, id, input);
  }

  @Post(':id/transfer')
  @Roles('property_officer')
  @ApiCreatedResponse({ type: AssetDetail, description: '移撥 to another agency or school' })
  @ApiConflictResponse({ type: ErrorBody, description: MOVEMENT_CONFLICTS })
  transfer(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: TransferAssetDto) {
    return this.movements.move(actor, id, 'transfer', input);
  }

  @Post(':id/donation')
  @Roles('property_officer')
  @ApiCreatedResponse({ type: AssetDetail, description: '捐贈' })
  @ApiConflictResponse({ type: ErrorBody, description: MOVEMENT_CONFLICTS })
  donate(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: DonateAssetDto) {
    return this.movements.move(actor, id, 'donation', input);
  }

  @Post(':id/sale')
  @Roles('property_officer')
  @ApiCreatedResponse({ type: AssetDetail, description: '變賣, with the proceeds' })
  @ApiConflictResponse({ type: ErrorBody, description: MOVEMENT_CONFLICTS })
  sell(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: SellAssetDto) {
    return this.movements.move(actor, id, 'sale', input);
  }

  @Post(':id/scrap')
  @Roles('property_officer')
  @ApiCreatedResponse({ type: AssetDetail, description: '報廢' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the asset already left the register or your version is stale' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'the minimum service life has not elapsed and no reason was given',
  })
  scrap(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: ScrapAssetDto) {
    return this.movements.move(actor, id, 'scrap', input);
  }
}
