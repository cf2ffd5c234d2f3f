import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/actor';
import { MaintenanceUnavailableError } from '../dormitories.errors';

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
 * maintenance module provides it (bind `MaintenanceService` to REPAIR_REQUESTER); dormitories
 * never touch the ticket table.
 */
export interface RepairRequester {
  openTicketFromFinding(actor: Actor, request: RepairRequest): Promise<{ id: string }>;
}

/** Bound until the maintenance module is wired in: every repair request fails with a 503. */
@Injectable()
export class UnavailableRepairRequester implements RepairRequester {
  openTicketFromFinding(): Promise<{ id: string }> {
    return Promise.reject(new MaintenanceUnavailableError());
  }
}
