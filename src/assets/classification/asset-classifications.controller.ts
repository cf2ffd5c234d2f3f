import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Roles } from '../../identity/decorators';
import { ASSET_READERS } from '../asset-access';
import { ClassificationEntryView, ClassificationList, ClassificationQuery } from './dto/classification.dto';
import { ClassificationEntry, CUSTOM_SERVICE_LIFE } from './property-classification';
import { PropertyClassificationService } from './property-classification.service';

function viewOf({ minimumServiceLife, ...entry }: ClassificationEntry): ClassificationEntryView {
  const custom = minimumServiceLife === CUSTOM_SERVICE_LIFE;
  return { ...entry, minimumServiceLifeYears: custom ? null : minimumServiceLife, customServiceLife: custom };
}

@ApiTags('asset-classifications')
@Controller('asset-classifications')
export class AssetClassificationsController {
  constructor(private readonly classification: PropertyClassificationService) {}

  @Get()
  @ApiOperation({ summary: '財物分類：查詢財物標準分類', description: '依編號開頭或名稱查詢，最多 50 筆。' })
  @Roles(...ASSET_READERS)
  @ApiOkResponse({ type: ClassificationList })
  list(@Query() query: ClassificationQuery): ClassificationList {
    return { ...this.classification.edition, items: this.classification.search(query.search).map(viewOf) };
  }

  @Get(':code')
  @ApiOperation({ summary: '財物分類：查看一個分類編號', description: '名稱、單位與最低使用年限。' })
  @Roles(...ASSET_READERS)
  @ApiOkResponse({ type: ClassificationEntryView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): ClassificationEntryView {
    return viewOf(this.classification.get(code));
  }
}
