import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { AssetImportService } from './asset-import.service';
import { AssetImportFileDto, AssetImportReportView } from './dto/asset-import.dto';

const FILE_ERRORS = '檔案無法讀取（`import.unreadable_file`）或標題列缺少欄位（`import.missing_columns`）';
const COLUMNS =
  '欄位依中文標題對應：財產編號（或分類編號＋財產分號）、財產名稱、規格、取得日期（112/03/05、1120305 或 2023-03-05）、數量、單價／價值、保管人、存置地點、使用年限、備註。';

/** The property officer brings in an office's existing register: a preview first, then all or nothing. */
@ApiTags('assets')
@Controller('assets/import')
export class AssetImportController {
  constructor(private readonly imports: AssetImportService) {}

  @Post('preview')
  @ApiOperation({
    summary: '財產：匯入既有財產清冊（預覽檢查）',
    description: `上傳 CSV 或 Excel，逐行檢查（含分類、財產或物品判定與資料庫規則）並回報問題，不寫入任何資料。${COLUMNS}`,
  })
  @Roles('property_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AssetImportReportView })
  @ApiBadRequestResponse({ type: ErrorBody, description: FILE_ERRORS })
  preview(@CurrentActor() actor: Actor, @Body() file: AssetImportFileDto) {
    return this.imports.run(actor, file, false);
  }

  @Post()
  @ApiOperation({
    summary: '財產：匯入既有財產清冊（正式匯入）',
    description: `全部資料列登記入財產清冊，或一筆都不登記：有任何問題即回 422 \`import.refused\`，\`details.problems\` 逐行列出問題。${COLUMNS}`,
  })
  @Roles('property_officer')
  @HttpCode(200)
  @ApiOkResponse({ type: AssetImportReportView })
  @ApiBadRequestResponse({ type: ErrorBody, description: FILE_ERRORS })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '檔案有問題，未匯入任何資料（`import.refused`，`details.problems` 逐行列出問題）',
  })
  import(@CurrentActor() actor: Actor, @Body() file: AssetImportFileDto) {
    return this.imports.run(actor, file, true);
  }
}
