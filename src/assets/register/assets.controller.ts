import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
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
import { ErrorBody } from '../../common/errors/error-body';
import { CONTENT_TYPES } from '../../common/export/content-types';
import { downloadOf } from '../../common/export/table-export';
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { ASSET_READERS } from '../asset-access';
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

@ApiTags('assets')
@Controller('assets')
export class AssetsController {
  constructor(
    private readonly register: AssetRegisterService,
    private readonly exports: AssetExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: '財產：查詢財產與物品', description: '機關人員只看得到自己機關保管的財產。' })
  @Roles(...ASSET_READERS)
  @ApiOkResponse({ type: AssetPage, description: '機關人員只看得到自己機關保管的財產' })
  list(@CurrentActor() actor: Actor, @Query() query: AssetQuery) {
    return this.register.list(actor, query);
  }

  @Get('idle')
  @ApiOperation({
    summary: '財產：列出閒置財產',
    description: '可移撥給其他機關或學校的閒置財產；各機關都看得到所有機關的閒置財產，以便申請移撥。',
  })
  @Roles(...ASSET_READERS)
  @ApiOkResponse({
    type: AssetPage,
    description: '閒置財產，可移撥給其他機關或學校',
  })
  idle(@Query() query: AssetQuery) {
    return this.register.listIdle(query);
  }

  @Get('export')
  @ApiOperation({ summary: '財產：匯出財產清冊（CSV／Excel）', description: '篩選條件與清單相同，欄位名稱為中文。' })
  @Roles(...ASSET_READERS)
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: '財產清冊（中文欄名），篩選方式與清單相同' })
  async export(@CurrentActor() actor: Actor, @Query() query: AssetExportQuery): Promise<StreamableFile> {
    const { format = 'csv', ...filter } = query;
    return downloadOf(await this.exports.export(actor, filter, format));
  }

  @Get(':id')
  @ApiOperation({ summary: '財產：查看財產（含異動紀錄）' })
  @Roles(...ASSET_READERS)
  @ApiOkResponse({ type: AssetDetail })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.register.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '財產：登記財產或物品',
    description:
      '依財物標準分類判定財產或物品及最低使用年限；財產編號重複回 409 `assets.property_number_taken`（欄位 `propertyNumber`）；地點已停用等違反規則回 422（例如 `asset.location_inactive`）。',
  })
  @Roles('property_officer')
  @ApiCreatedResponse({ type: AssetView })
  @ApiConflictResponse({ type: ErrorBody, description: '財產編號已被使用（`assets.property_number_taken`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: RegisterAssetDto) {
    return this.register.register(actor, input);
  }

  @Patch(':id')
  @VersionCheckedStep({
    summary: '財產：修改財產資料',
    description: '已除帳的財產不可修改（409 `asset.disposed`）；需帶回 `version`。',
    type: AssetView,
    roles: ['property_officer'],
    answers: 'ok',
    conflict: '財產已除帳（`asset.disposed`）',
    unprocessable: '狀態不能這樣改（`asset.illegal_status`），或地點已停用（`asset.location_inactive`）',
  })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateAssetDto) {
    return this.register.update(actor, id, input);
  }
}
