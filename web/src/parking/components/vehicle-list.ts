import type { Schemas } from '../../common/api/client';
import { VEHICLE_TYPE_OPTIONS, type VehicleType } from './vehicle-types';

type Vehicle = Schemas['VehicleDto'];

const TYPE_WORDS: Record<string, VehicleType> = {
  ...Object.fromEntries(VEHICLE_TYPE_OPTIONS.map((option) => [option.value, option.value])),
  ...Object.fromEntries(VEHICLE_TYPE_OPTIONS.map((option) => [option.label, option.value])),
  汽車: 'car',
  小客車: 'car',
  大型車: 'large',
};

/**
 * A meeting's pasted or uploaded list, one vehicle a line: plate, vehicle type, visitor, phone,
 * split by commas or tabs (a spreadsheet's copy). Blank lines are skipped; line numbers in the
 * service's report count the vehicles sent, in this order. The plate is checked by the service.
 */
export function parseVehicleList(text: string): Vehicle[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/[,\t，]/).map((cell) => cell.trim()))
    .filter((cells) => cells.some(Boolean))
    .map(([plate = '', type = '', visitorName = '', visitorPhone = '']) => ({
      plate,
      vehicleType: TYPE_WORDS[type] ?? (type ? (type as VehicleType) : 'car'),
      visitorName,
      ...(visitorPhone ? { visitorPhone } : {}),
    }));
}
