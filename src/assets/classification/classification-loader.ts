import { readFileSync } from 'node:fs';
import { assertValidClassification, PropertyClassification } from './property-classification';

/** The shipped classification, next to the office calendars in `config/`. */
export const CLASSIFICATION_FILE = 'config/property-classification.json';

/** Reads and validates a classification file; throws an Error naming the file and the bad entry. */
export function loadClassification(file: string): PropertyClassification {
  try {
    const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
    assertValidClassification(content);
    return content;
  } catch (error) {
    throw new Error(`Classification file ${file}: ${(error as Error).message}`);
  }
}
