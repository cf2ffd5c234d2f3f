import { ObligationView } from './dto/obligation.dto';
import { OccurrenceView } from './dto/occurrence.dto';
import { MaintenanceObligation } from './maintenance-obligation.entity';
import { OBLIGATION_KIND_LABELS, OccurrenceStatus } from './obligation-kinds';
import { ObligationOccurrence } from './obligation-occurrence.entity';

const STATUS_LABELS: Record<OccurrenceStatus, string> = {
  upcoming: '未到期',
  open: '已派工',
  overdue: '逾期',
  completed: '已完成',
};

export function toObligationView(obligation: MaintenanceObligation): ObligationView {
  const {
    createdByUserId: _createdBy,
    dueDayOfMonth: _day,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = obligation;
  return { ...fields, kindLabel: obligation.otherKindName ?? OBLIGATION_KIND_LABELS[obligation.kind] };
}

export function toOccurrenceView(occurrence: ObligationOccurrence, obligation: MaintenanceObligation): OccurrenceView {
  return {
    id: occurrence.id,
    obligationId: occurrence.obligationId,
    title: obligation.title,
    kind: obligation.kind,
    siteId: obligation.siteId,
    dueDate: occurrence.dueDate,
    status: occurrence.status,
    statusLabel: STATUS_LABELS[occurrence.status],
    ticketId: occurrence.ticketId,
    workOrderOpenedAt: occurrence.workOrderOpenedAt,
    completedOn: occurrence.completedOn,
    certificateAttachmentId: occurrence.certificateAttachmentId,
    result: occurrence.result,
    note: occurrence.note,
    version: occurrence.version,
  };
}
