import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { SentenceTemplateView, UpdateSentenceTemplateDto } from './sentence-template.dto';
import { SentenceTemplatesService } from './sentence-templates.service';

/** The wording of the report's sentences, e.g. `{period}受理案件計{count}件`; admins edit it. */
@ApiTags('figures')
@Controller('figures/sentence-templates')
export class SentenceTemplatesController {
  constructor(private readonly templates: SentenceTemplatesService) {}

  @Get()
  @ApiOperation({
    summary: '績效數據：報告語句範本',
    description: '報告中各項數據的語句，例如 `{period}受理案件計{count}件`；未修改過的語句顯示預設（112 年報告）文字。',
  })
  @Roles('report_viewer')
  @ApiOkResponse({ type: [SentenceTemplateView] })
  list() {
    return this.templates.list();
  }

  @Put(':key')
  @ApiOperation({
    summary: '績效數據：修改報告語句',
    description:
      '系統管理者修改一項數據的語句；曾修改過的語句需帶回讀到的 `version`。使用該數據沒有的預留位置回 422 `figures.unknown_placeholder`（`details.fields` 列出每一個及可用的預留位置）；資料已被他人修改回 409 `figure_sentence_template.stale_version`。',
  })
  @Roles('admin')
  @ApiOkResponse({ type: SentenceTemplateView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '語句使用了該數據沒有的預留位置（`figures.unknown_placeholder`）',
  })
  update(@CurrentActor() actor: Actor, @Param('key') key: string, @Body() input: UpdateSentenceTemplateDto) {
    return this.templates.update(actor, key, input.text, input.version);
  }

  /** Restores the default (112 report) wording. */
  @Delete(':key')
  @ApiOperation({
    summary: '績效數據：報告語句恢復預設',
    description: '系統管理者將語句恢復為預設（112 年報告）的文字。',
  })
  @Roles('admin')
  @ApiOkResponse({ type: SentenceTemplateView })
  @ApiNotFoundResponse({ type: ErrorBody })
  reset(@CurrentActor() actor: Actor, @Param('key') key: string) {
    return this.templates.reset(actor, key);
  }
}
