import { LocationsService } from '../locations/locations.service';
import { ReferenceSpace } from '../venues/spaces/venue-spaces.service';
import { ReferenceSite } from './reference-data';

/**
 * Adds the reference sites, buildings, floors and rooms that are missing from the tree, and
 * returns the rooms that are venue spaces with their location ids, in the order listed.
 */
export class ReferenceLocationsLoader {
  constructor(private readonly locations: LocationsService) {}

  async load(sites: ReferenceSite[]): Promise<ReferenceSpace[]> {
    const spaces: ReferenceSpace[] = [];
    for (const [siteIndex, site] of sites.entries()) {
      const siteId = await this.locations.ensureNode({
        kind: 'site',
        parentId: null,
        code: site.code,
        name: site.name,
        sortOrder: siteIndex,
      });
      for (const [buildingIndex, building] of site.buildings.entries()) {
        const buildingId = await this.locations.ensureNode({
          kind: 'building',
          parentId: siteId,
          code: building.code,
          name: building.name,
          sortOrder: buildingIndex,
        });
        for (const floor of building.floors) {
          const floorId = await this.locations.ensureNode({
            kind: 'floor',
            parentId: buildingId,
            code: floor.code,
            name: floor.name,
            sortOrder: floor.sortOrder ?? 0,
          });
          for (const [roomIndex, room] of floor.rooms.entries()) {
            const roomId = await this.locations.ensureNode({
              kind: 'room',
              parentId: floorId,
              code: room.code,
              name: room.name,
              sortOrder: roomIndex,
            });
            if (room.venue) spaces.push({ ...room.venue, locationId: roomId });
          }
        }
      }
    }
    return spaces;
  }
}
