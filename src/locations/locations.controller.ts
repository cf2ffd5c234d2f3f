import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../identity/decorators';
import {
  CreateLocationDto,
  LocationPath,
  LocationQuery,
  LocationTreeNode,
  LocationView,
  UpdateLocationDto,
} from './dto/location.dto';
import { LocationsService } from './locations.service';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Get('tree')
  @AnyRole()
  @ApiOkResponse({ type: [LocationTreeNode] })
  tree() {
    return this.locations.tree();
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: [LocationView] })
  children(@Query() query: LocationQuery) {
    return this.locations.children(query.parentId);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: LocationPath })
  @ApiNotFoundResponse({ type: ErrorBody })
  path(@Param('id', ParseUUIDPipe) id: string) {
    return this.locations.path(id);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: LocationView })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreateLocationDto) {
    return this.locations.create(actor, input);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: LocationView })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateLocationDto) {
    return this.locations.update(actor, id, input);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'the location still has children or is referenced' })
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.locations.remove(actor, id);
  }
}
