import { Body, Controller, HttpCode, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { CONTENT_TYPES } from '../../common/export/content-types';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { AssetLabelsService } from './asset-labels.service';
import { AssetLabelsDto } from './dto/asset-labels.dto';

@ApiTags('asset-labels')
@Controller('asset-labels')
export class AssetLabelsController {
  constructor(private readonly labels: AssetLabelsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: '財產標籤：列印財產標籤（PDF）',
    description:
      'A4 標籤紙（每頁 24 張），每張含財產編號、名稱、保管人與 QR code。可選取財產（`assetIds`）或整個存置地點（`locationId`）；沒有符合的財產回 422 `asset.no_labels`。',
  })
  @Roles('property_officer')
  @ApiProduces(CONTENT_TYPES.pdf)
  @ApiOkResponse({ description: '標籤 PDF' })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '沒有符合的財產（`asset.no_labels`）' })
  async print(@CurrentActor() actor: Actor, @Body() input: AssetLabelsDto): Promise<StreamableFile> {
    const body = await this.labels.sheet(actor, input);
    return new StreamableFile(body, {
      type: CONTENT_TYPES.pdf,
      disposition: `attachment; filename="asset-labels.pdf"; filename*=UTF-8''${encodeURIComponent('財產標籤.pdf')}`,
    });
  }
}
