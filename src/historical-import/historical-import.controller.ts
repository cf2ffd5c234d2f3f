import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { CurrentActor, Roles } from '../identity/decorators';
import { ImportFileDto, ImportKindParam, ImportReportView } from './dto/import.dto';
import { HistoricalImportService } from './historical-import.service';

/** An admin brings in earlier years' records: a preview first, then the import, all or nothing. */
@ApiTags('imports')
@Controller('imports')
export class HistoricalImportController {
  constructor(private readonly imports: HistoricalImportService) {}

  /** Checks the file line by line, database rules included, and writes nothing. */
  @Post(':kind/preview')
  @ApiOperation({
    summary: '歷史資料匯入：預覽檢查',
    description:
      '系統管理者上傳檔案（CSV 或 Excel），逐行檢查（含資料庫規則）並回報問題，不寫入任何資料。檔案無法讀取回 400 `import.unreadable_file`；標題列缺欄位回 400 `import.missing_columns`。',
  })
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportReportView })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '檔案無法讀取（`import.unreadable_file`）或缺少欄位（`import.missing_columns`）',
  })
  preview(@CurrentActor() actor: Actor, @Param() { kind }: ImportKindParam, @Body() file: ImportFileDto) {
    return this.imports.run(actor, kind, file, false);
  }

  /** Imports every line, or none: a file with any problem is refused with the line-by-line report. */
  @Post(':kind')
  @ApiOperation({
    summary: '歷史資料匯入：正式匯入',
    description:
      '系統管理者匯入全部資料列，或一筆都不匯入：檔案有任何問題即回 422 `import.refused`，`details` 逐行列出問題。檔案無法讀取回 400 `import.unreadable_file`；標題列缺欄位回 400 `import.missing_columns`。',
  })
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportReportView })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '檔案無法讀取（`import.unreadable_file`）或缺少欄位（`import.missing_columns`）',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '檔案有問題，未匯入任何資料（`import.refused`，`details` 逐行列出問題）',
  })
  import(@CurrentActor() actor: Actor, @Param() { kind }: ImportKindParam, @Body() file: ImportFileDto) {
    return this.imports.run(actor, kind, file, true);
  }
}
