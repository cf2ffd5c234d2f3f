import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { ErrorBody } from '../../common/errors/error-body';
import { keysetPage, PageQuery } from '../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../common/validation/boolean-query';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { FleetWarning, WARNING_KINDS, WarningKind } from './fleet-warning.entity';

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
  constructor(
    @InjectRepository(FleetWarning) private readonly warnings: Repository<FleetWarning>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({
    summary: '派車：到期提醒清單',
    description: '每日排程寫入的保險、檢驗、保養、駕照到期提醒，新的在前。',
  })
  @Roles('dispatcher')
  @ApiOkResponse({ type: WarningPage })
  list(@Query() query: WarningQuery) {
    const builder = this.warnings.createQueryBuilder('warning');
    if (query.acknowledged !== undefined)
      builder.andWhere('warning.acknowledged = :acknowledged', { acknowledged: query.acknowledged });
    return keysetPage(
      builder,
      { sortColumn: 'warning.created_at', sortKey: 'createdAt', idColumn: 'warning.id', direction: 'DESC' },
      query,
    );
  }

  @Post(':id/acknowledge')
  @ApiOperation({ summary: '派車：確認到期提醒' })
  @HttpCode(200)
  @Roles('dispatcher')
  @ApiOkResponse({ type: WarningView })
  @ApiNotFoundResponse({ type: ErrorBody })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.transactions.run((manager) =>
      updateAudited(
        manager,
        this.audit,
        actor,
        FleetWarning,
        'fleet_warning',
        id,
        (warning) => Object.assign(warning, { acknowledged: true }),
        'acknowledge',
      ),
    );
  }
}
