import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import {
  DecideMovementFormDto,
  FileMovementFormDto,
  MovementFormDetail,
  MovementFormPage,
  MovementFormQuery,
  RejectMovementFormDto,
  WithdrawMovementFormDto,
} from './dto/movement-form.dto';
import { MovementFormsService } from './movement-forms.service';

const FORM_ROLES = ['property_officer', 'agency_admin', 'admin'] as const;
const FILER_ROLES = ['property_officer', 'agency_admin'] as const;
const NOT_PENDING = '申請單已結案（`asset_movement_form.not_pending`）';
const STEP_REFUSALS =
  '下一關不是你的角色或機關（`asset_movement_form.not_your_step`），或你已申請或核過這張申請單（`asset_movement_form.approver_involved`）';

@ApiTags('asset-movement-forms')
@Controller('asset-movement-forms')
export class MovementFormsController {
  constructor(private readonly forms: MovementFormsService) {}

  @Get()
  @ApiOperation({ summary: '財產異動申請：查詢申請單', description: '機關管理者只看得到自己機關保管財產的申請單。' })
  @Roles(...FORM_ROLES)
  @ApiOkResponse({ type: MovementFormPage })
  list(@CurrentActor() actor: Actor, @Query() query: MovementFormQuery) {
    return this.forms.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '財產異動申請：查看申請單與核定紀錄' })
  @Roles(...FORM_ROLES)
  @ApiOkResponse({ type: MovementFormDetail })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.forms.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '財產異動申請：提出移撥、捐贈、變賣或報廢申請',
    description:
      '核定關卡依財產取得金額由設定決定。已有待核申請單回 409 `asset_movement_form.already_pending`；財產狀態不符回 409 `asset.illegal_movement`；未達年限報廢未填原因回 422。',
  })
  @Roles(...FILER_ROLES)
  @ApiCreatedResponse({ type: MovementFormDetail })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  file(@CurrentActor() actor: Actor, @Body() input: FileMovementFormDto) {
    return this.forms.file(actor, input);
  }

  @Post(':id/approve')
  @VersionCheckedStep({
    summary: '財產異動申請：核准目前關卡',
    description:
      '最後一關核准時即以核准日登錄異動、財產除帳；異動的規則此時再檢查一次（財產狀態已改變回 409 `asset.illegal_movement`）。需帶回 `version`。',
    type: MovementFormDetail,
    roles: FORM_ROLES,
    forbidden: STEP_REFUSALS,
    conflict: `${NOT_PENDING}，或財產狀態已改變、不能再辦理這項異動（\`asset.illegal_movement\`）`,
  })
  approve(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: DecideMovementFormDto) {
    return this.forms.approve(actor, id, input);
  }

  @Post(':id/reject')
  @VersionCheckedStep({
    summary: '財產異動申請：退回申請單',
    description: '須填寫退回原因。需帶回 `version`。',
    type: MovementFormDetail,
    roles: FORM_ROLES,
    forbidden: STEP_REFUSALS,
    conflict: NOT_PENDING,
  })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: RejectMovementFormDto) {
    return this.forms.reject(actor, id, input);
  }

  @Post(':id/withdraw')
  @VersionCheckedStep({
    summary: '財產異動申請：撤回申請單',
    description: '只有申請人可撤回（403 `asset_movement_form.not_filer`）。需帶回 `version`。',
    type: MovementFormDetail,
    roles: FILER_ROLES,
    forbidden: '不是申請人（`asset_movement_form.not_filer`）',
    conflict: NOT_PENDING,
  })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: WithdrawMovementFormDto,
  ) {
    return this.forms.withdraw(actor, id, input.version);
  }
}
