import { Actor } from '../../identity/actor';

/** The injection token of the RepairRequester port. */
export const REPAIR_REQUESTER = 'dormitories.RepairRequester';

export const REPAIR_PRIORITIES = ['emergency', 'high', 'normal', 'low'] as const;
export type RepairPriority = (typeof REPAIR_PRIORITIES)[number];

/** The same shape as `MaintenanceService.openTicketFromFinding`'s input. */
export interface RepairRequest {
  agencyId: string;
  locationId?: string;
  spotText?: string;
  tradeCode: string;
  priority?: RepairPriority;
  title: string;
  description: string;
  source: { module: string; id: string };
}

/**
 * What the dormitories need from maintenance: open a repair ticket for a patrol finding. The
 * maintenance module provides it (`MaintenanceService` is bound to REPAIR_REQUESTER); dormitories
 * never touch the ticket table.
 */
export interface RepairRequester {
  openTicketFromFinding(actor: Actor, request: RepairRequest): Promise<{ id: string }>;
}
