import type { Schemas } from '../../common/api/client';

export type VehicleType = Schemas['VehicleDto']['vehicleType'];

/** The vehicle types in the order the officer meets them, with their zh-TW words. */
export const VEHICLE_TYPE_OPTIONS: { value: VehicleType; label: string }[] = [
  { value: 'car', label: '小型汽車' },
  { value: 'motorcycle', label: '機車' },
  { value: 'large', label: '大型汽車' },
  { value: 'trailer', label: '拖車' },
];

/** Dashes and spaces people type, full-width letters and digits: shown as the service stores them. */
const SEPARATORS = /[\s\u2010-\u2015\u2212\uFE63\uFF0D-]+/g;

/**
 * The plate as the officer types it, in the service's stored form (full-width `ＡＢＣ１２３５` → `ABC1235`, `abc 1235` → `ABC-1235`).
 * Whether it is a plate at all is the service's one plate rule; this only writes it the same way.
 */
export function typedPlate(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(SEPARATORS, '-');
}
