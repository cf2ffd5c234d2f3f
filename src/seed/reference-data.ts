import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../config/project-root';
import { ReferenceSpace } from '../venues/spaces/venue-spaces.service';

export interface ReferenceRoom {
  code: string;
  name: string;
  /** The room is a bookable venue space (meeting room, auditorium, atrium, plaza). */
  venue?: Omit<ReferenceSpace, 'locationId'>;
}
export interface ReferenceFloor extends ReferenceRoom {
  sortOrder?: number;
  rooms: ReferenceRoom[];
}
export interface ReferenceBuilding extends ReferenceRoom {
  floors: ReferenceFloor[];
}
export interface ReferenceSite extends ReferenceRoom {
  buildings: ReferenceBuilding[];
}

/** The shape of config/reference.json. */
export interface ReferenceData {
  trades: { code: string; name: string; sortOrder: number }[];
  agencies: { code: string; name: string }[];
  sites: ReferenceSite[];
}

export function readReferenceData(file: string): ReferenceData {
  return JSON.parse(readFileSync(fromProjectRoot(file), 'utf8')) as ReferenceData;
}
