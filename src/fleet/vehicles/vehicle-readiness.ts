import { taipeiDate } from '../../common/time';
import { Vehicle } from './vehicle.entity';

/**
 * Why a vehicle may not carry a trip that ends at `tripEnd`: its status, or insurance or periodic
 * inspection that lapses before the trip is over. Empty when it may.
 */
export function readinessProblems(
  vehicle: Pick<Vehicle, 'status' | 'insuranceExpiresOn' | 'inspectionDueOn'>,
  tripEnd: Date,
): string[] {
  const lastDay = taipeiDate(tripEnd);
  const problems: string[] = [];
  if (vehicle.status === 'retired') problems.push('the vehicle is retired');
  if (vehicle.status === 'maintenance') problems.push('the vehicle is in maintenance');
  if (vehicle.insuranceExpiresOn < lastDay) problems.push(`insurance lapsed on ${vehicle.insuranceExpiresOn}`);
  if (vehicle.inspectionDueOn < lastDay) problems.push(`periodic inspection was due on ${vehicle.inspectionDueOn}`);
  return problems;
}
