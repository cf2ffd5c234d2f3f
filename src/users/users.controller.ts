import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
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
  @ApiOperation({
    summary: '帳號：列出使用者',
    description: '系統管理者看得到所有機關的帳號，機關管理者只看得到自己機關的。',
  })
  @Roles('agency_admin')
  @ApiOkResponse({ type: UserPage, description: '系統管理者看得到所有機關的帳號，機關管理者只看得到自己機關的' })
  list(@CurrentActor() actor: Actor, @Query() query: UserQuery) {
    return this.users.list(actor, query);
  }

  @Get('me')
  @ApiOperation({ summary: '帳號：我的帳號資料' })
  @AnyRole()
  @ApiOkResponse({ type: UserView })
  me(@CurrentActor() actor: Actor) {
    return this.users.getVisible(actor, actor.userId);
  }

  @Post('me/password')
  @ApiOperation({
    summary: '帳號：變更自己的密碼',
    description: '需提供目前的密碼；目前密碼錯誤回 400 `user.wrong_password`。',
  })
  @AnyRole()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorBody })
  changeOwnPassword(@CurrentActor() actor: Actor, @Body() input: ChangeOwnPasswordDto) {
    return this.users.changeOwnPassword(actor, input);
  }

  @Get(':id')
  @ApiOperation({ summary: '帳號：查看一個使用者', description: '其他機關的帳號對機關管理者而言視同不存在（404）。' })
  @Roles('agency_admin')
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.getVisible(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '帳號：建立使用者',
    description:
      '機關管理者只能在自己機關建立帳號（其他機關回 404 `agency.not_found`），且只能授予申請人與機關管理者角色（403）；帳號名稱重複回 409 `user.username_taken`（欄位 `username`）。',
  })
  @Roles('agency_admin')
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentActor() actor: Actor, @Body() input: CreateUserDto) {
    return this.users.create(actor, input);
  }

  @Patch(':id')
  @ApiOperation({
    summary: '帳號：修改使用者（姓名、角色、停用）',
    description:
      '送出 `active: false` 即停用帳號；不能停用自己或變更自己的角色（400 `user.self_change`）；機關管理者只能修改自己機關的帳號。',
  })
  @Roles('agency_admin')
  @ApiOkResponse({ type: UserView, description: '送出 `active: false` 即停用' })
  @ApiNotFoundResponse({ type: ErrorBody })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateUserDto) {
    return this.users.update(actor, id, input);
  }

  @Post(':id/password')
  @ApiOperation({ summary: '帳號：重設他人的密碼', description: '機關管理者只能重設自己機關帳號的密碼。' })
  @Roles('agency_admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBody })
  resetPassword(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: ResetPasswordDto) {
    return this.users.resetPassword(actor, id, input);
  }
}
