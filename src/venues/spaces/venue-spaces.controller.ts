import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../../identity/decorators';
import { CreateVenueSpaceDto, UpdateVenueSpaceDto, VenueSpaceQuery, VenueSpaceView } from './dto/venue-space.dto';
import { VenueSpacesService } from './venue-spaces.service';

@ApiTags('venues')
@Controller('venues/spaces')
export class VenueSpacesController {
  constructor(private readonly spaces: VenueSpacesService) {}

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: [VenueSpaceView], description: 'every agency sees every space' })
  list(@Query() query: VenueSpaceQuery) {
    return this.spaces.list(query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: VenueSpaceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.spaces.get(id);
  }

  @Post()
  @Roles('venue_manager')
  @ApiCreatedResponse({ type: VenueSpaceView })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'no such location' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code or the room is taken by another space' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'not a room, bad parts or hours' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVenueSpaceDto) {
    return this.spaces.create(actor, input);
  }

  @Patch(':id')
  @Roles('venue_manager')
  @ApiOkResponse({ type: VenueSpaceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateVenueSpaceDto) {
    return this.spaces.update(actor, id, input);
  }
}
