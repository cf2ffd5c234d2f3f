import { normalisePlate } from '../../common/plates/taiwan-plate';

/** The layouts a fleet vehicle's plate may have, for error messages and the API docs. */
export const PLATE_EXAMPLES = ['ABC-1234', 'AB-1234', '1234-AB', 'ABC-123', '123-ABC'] as const;

export function isValidPlate(input: string): boolean {
  return normalisePlate(input) !== null;
}
