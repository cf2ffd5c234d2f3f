import { FamilyDormitoryOnlyError } from './dormitories.errors';
import { Dormitory } from './registry/dormitory.entity';

/** Clearances, lawsuits and loans concern only family dormitories (眷舍) being wound down. */
export function requireFamilyDormitory(
  dormitory: Dormitory,
  refusal: new (id: string) => FamilyDormitoryOnlyError,
): void {
  if (dormitory.type !== 'family') throw new refusal(dormitory.id);
}
