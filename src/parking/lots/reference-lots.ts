import { ParkingLot } from './parking-lot.entity';

/**
 * The two centers' lots. Codes are the site codes of the location tree. About 10,000 permits a
 * year over some 245 working days is 30–50 a day in all; each lot starts with room for that.
 */
export const REFERENCE_LOTS: Pick<ParkingLot, 'code' | 'name' | 'dailyCapacity' | 'opensAt' | 'closesAt'>[] = [
  { code: 'SW', name: '四維行政中心停車場', dailyCapacity: 60, opensAt: '07:00', closesAt: '22:00' },
  { code: 'FS', name: '鳳山行政中心停車場', dailyCapacity: 40, opensAt: '07:00', closesAt: '22:00' },
];
