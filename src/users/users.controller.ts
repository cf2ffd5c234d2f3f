import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../identity/decorators';
import {
  ChangeOwnPasswordDto,
  CreateUserDto,
  ResetPasswordDto,
  UpdateUserDto,
  UserPage,
  UserQuery,
  UserView,
} from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('agency_admin')
  @ApiOkResponse({ type: UserPage, description: "admins see every agency's users, agency admins their own agency's" })
  list(@CurrentActor() actor: Actor, @Query() query: UserQuery) {
    return this.users.list(actor, query);
  }

  @Get('me')
  @AnyRole()
  @ApiOkResponse({ type: UserView })
  me(@CurrentActor() actor: Actor) {
    return this.users.getVisible(actor, actor.userId);
  }

  @Post('me/password')
  @AnyRole()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorBody })
  changeOwnPassword(@CurrentActor() actor: Actor, @Body() input: ChangeOwnPasswordDto) {
    return this.users.changeOwnPassword(actor, input);
  }

  @Get(':id')
  @Roles('agency_admin')
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.getVisible(actor, id);
  }

  @Post()
  @Roles('agency_admin')
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentActor() actor: Actor, @Body() input: CreateUserDto) {
    return this.users.create(actor, input);
  }

  @Patch(':id')
  @Roles('agency_admin')
  @ApiOkResponse({ type: UserView, description: 'set `active: false` to deactivate' })
  @ApiNotFoundResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateUserDto) {
    return this.users.update(actor, id, input);
  }

  @Post(':id/password')
  @Roles('agency_admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBody })
  resetPassword(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: ResetPasswordDto) {
    return this.users.resetPassword(actor, id, input);
  }
}
