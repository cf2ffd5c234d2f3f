import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
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
  @Roles('report_viewer')
  @ApiOkResponse({ type: [SentenceTemplateView] })
  list() {
    return this.templates.list();
  }

  @Put(':key')
  @Roles('admin')
  @ApiOkResponse({ type: SentenceTemplateView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'a placeholder the figure does not fill' })
  update(@CurrentActor() actor: Actor, @Param('key') key: string, @Body() input: UpdateSentenceTemplateDto) {
    return this.templates.update(actor, key, input.text, input.version);
  }

  /** Restores the default (112 report) wording. */
  @Delete(':key')
  @Roles('admin')
  @ApiOkResponse({ type: SentenceTemplateView })
  @ApiNotFoundResponse({ type: ErrorBody })
  reset(@CurrentActor() actor: Actor, @Param('key') key: string) {
    return this.templates.reset(actor, key);
  }
}
