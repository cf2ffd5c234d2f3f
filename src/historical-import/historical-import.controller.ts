import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
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
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportReportView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'unreadable file or missing columns' })
  preview(@CurrentActor() actor: Actor, @Param() { kind }: ImportKindParam, @Body() file: ImportFileDto) {
    return this.imports.run(actor, kind, file, false);
  }

  /** Imports every line, or none: a file with any problem is refused with the line-by-line report. */
  @Post(':kind')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportReportView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'unreadable file or missing columns' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'import.refused, details list the problems by line' })
  import(@CurrentActor() actor: Actor, @Param() { kind }: ImportKindParam, @Body() file: ImportFileDto) {
    return this.imports.run(actor, kind, file, true);
  }
}
