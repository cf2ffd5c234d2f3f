import { MaintenanceUnavailableError } from '../dormitories.errors';
import { UnavailableRepairRequester } from './repair-requester';

describe('UnavailableRepairRequester', () => {
  it('refuses every repair with a 503 naming the missing maintenance module', async () => {
    const failure = new UnavailableRepairRequester().openTicketFromFinding();
    await expect(failure).rejects.toBeInstanceOf(MaintenanceUnavailableError);
    await expect(failure).rejects.toMatchObject({ statusCode: 503, code: 'dormitory.maintenance_unavailable' });
  });
});
