import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQuery } from '../../common/pagination/keyset';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryLoansService } from './dormitory-loans.service';
import { CreateLoanDto, LoanPage, LoanView } from './dto/loan.dto';

@ApiTags('dormitories')
@Controller('dormitory-loans')
export class DormitoryLoansController {
  constructor(private readonly loans: DormitoryLoansService) {}

  @Get()
  @ApiOperation({ summary: '眷舍空地或房舍借用：列出出借紀錄' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: LoanPage })
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.loans.list(actor, query);
  }

  @Post()
  @ApiOperation({
    summary: '眷舍空地或房舍借用：登錄出借給其他機關',
    description:
      '僅限眷舍（422 `dormitory_loan.family_only`）；同一處與其他出借期間重疊回 409 `dormitories.loan_overlap`（欄位 `startsOn`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: LoanView })
  @ApiConflictResponse({ type: ErrorBody, description: '與其他出借期間重疊（`dormitories.loan_overlap`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '不是眷舍，或結束日早於開始日' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateLoanDto) {
    return this.loans.create(actor, input);
  }
}
