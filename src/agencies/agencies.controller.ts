import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @AnyRole()
  @ApiOkResponse({ type: AgencyPage })
  list(@Query() query: AgencyQuery) {
    return this.agencies.list(query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: AgencyView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.agencies.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: AgencyView })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code is taken' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateAgencyDto) {
    return this.agencies.create(actor, input);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: AgencyView })
  @ApiNotFoundResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateAgencyDto) {
    return this.agencies.update(actor, id, input);
  }
}
