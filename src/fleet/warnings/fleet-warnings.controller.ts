import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQuery } from '../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../common/validation/boolean-query';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { WARNING_KINDS, WarningKind } from './fleet-warning.entity';
import { FleetWarningsService } from './fleet-warnings.service';

class WarningQuery extends PageQuery {
  @ApiPropertyOptional() @OptionalBooleanQuery() acknowledged?: boolean;
}

class WarningView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: WARNING_KINDS }) kind: WarningKind;
  @ApiProperty() subjectId: string;
  @ApiProperty() dueKey: string;
  @ApiProperty() message: string;
  @ApiProperty() acknowledged: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'the user who acknowledged it' })
  acknowledgedById: string | null;
  @ApiProperty({ nullable: true, type: Date }) acknowledgedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

class WarningPage {
  @ApiProperty({ type: [WarningView] }) items: WarningView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

/** The dispatcher's inbox of due warnings written by the daily job. */
@ApiTags('fleet')
@Controller('fleet/warnings')
export class FleetWarningsController {
  constructor(private readonly warnings: FleetWarningsService) {}

  @Get()
  @ApiOperation({
    summary: '派車：到期提醒清單',
    description: '每日排程寫入的保險、檢驗、保養、駕照到期提醒，新的在前。',
  })
  @Roles('dispatcher')
  @ApiOkResponse({ type: WarningPage })
  list(@Query() query: WarningQuery) {
    return this.warnings.list(query);
  }

  @Post(':id/acknowledge')
  @ApiOperation({
    summary: '派車：確認到期提醒',
    description: '確認後提醒移出未確認清單，並記錄確認人與時間；已確認者回 409 `fleet.warning_acknowledged`。',
  })
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: WarningView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '此提醒已確認（`fleet.warning_acknowledged`）' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.warnings.acknowledge(actor, id);
  }
}
