import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { RuleBrokenError } from '../../common/errors/constraint-errors';
import { Page, PageQuery } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { DORMITORIES_CONSTRAINT_ERRORS } from '../dormitories-constraints.errors';
import { LoanFamilyOnlyError } from '../dormitories.errors';
import { familyRecordPage, requireFamilyDormitory } from '../family-dormitory';
import { DormitoriesService } from '../registry/dormitories.service';
import { DormitoryLoan } from './dormitory-loan.entity';
import { CreateLoanDto, LoanView } from './dto/loan.dto';

type LoanRow = DormitoryLoan & { dormitory: { code: string; name: string } };

function viewOf({ dormitory, ...loan }: LoanRow): LoanView {
  return { ...loan, dormitoryCode: dormitory.code, dormitoryName: dormitory.name };
}

/** Lending family dormitories' vacant land or houses to other agencies; overlaps are the database's to refuse. */
@Injectable()
export class DormitoryLoansService {
  constructor(
    @InjectRepository(DormitoryLoan) private readonly loans: Repository<DormitoryLoan>,
    private readonly dormitories: DormitoriesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The loans the actor may see, latest term first. */
  list(actor: Actor, query: PageQuery): Promise<Page<LoanView>> {
    return familyRecordPage(this.loans, { column: 'starts_on', key: 'startsOn' }, actor, query, (row) =>
      viewOf(row as LoanRow),
    );
  }

  async create(actor: Actor, input: CreateLoanDto): Promise<LoanView> {
    const dormitory = await this.dormitories.requireVisible(actor, input.dormitoryId);
    requireFamilyDormitory(dormitory, LoanFamilyOnlyError);
    if (input.endsOn < input.startsOn) throw new RuleBrokenError(DORMITORIES_CONSTRAINT_ERRORS.ck_dormitory_loans_term);
    return this.transactions.run(async (manager) => {
      const saved = await createAudited(manager, this.audit, actor, DormitoryLoan, 'dormitory_loan', {
        ...input,
        documentNumber: input.documentNumber ?? null,
        agencyId: dormitory.agencyId,
      });
      const row = await manager.findOneOrFail(DormitoryLoan, {
        where: { id: saved.id },
        relations: { dormitory: true },
      });
      return viewOf(row as LoanRow);
    });
  }
}
