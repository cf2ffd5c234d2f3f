import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../identity/decorators';
import { AgenciesService } from './agencies.service';
import { AgencyPage, AgencyQuery, AgencyView, CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOperation({ summary: '機關：列出機關' })
  @AnyRole()
  @ApiOkResponse({ type: AgencyPage })
  list(@Query() query: AgencyQuery) {
    return this.agencies.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '機關：查看一個機關' })
  @AnyRole()
  @ApiOkResponse({ type: AgencyView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.agencies.get(id);
  }

  @Post()
  @ApiOperation({
    summary: '機關：新增機關',
    description: '機關代碼不可重複（409 `agency.code_taken`，欄位 `code`）。',
  })
  @Roles('admin')
  @ApiCreatedResponse({ type: AgencyView })
  @ApiConflictResponse({ type: ErrorBody, description: '代碼已被使用（`agency.code_taken`）' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateAgencyDto) {
    return this.agencies.create(actor, input);
  }

  @Patch(':id')
  @ApiOperation({ summary: '機關：修改機關' })
  @Roles('admin')
  @ApiOkResponse({ type: AgencyView })
  @ApiNotFoundResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateAgencyDto) {
    return this.agencies.update(actor, id, input);
  }
}
