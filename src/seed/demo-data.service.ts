import { Injectable, Logger } from '@nestjs/common';
import { AgenciesService } from '../agencies/agencies.service';
import { AssetsDemoService } from '../assets/demo/assets-demo.service';
import { DormitoryDemoService } from '../dormitories/demo/dormitory-demo.service';
import { FleetDemoService } from '../fleet/demo/fleet-demo.service';
import { Actor, systemActor } from '../identity/actor';
import { LocationsService } from '../locations/locations.service';
import { MaintenanceDemoService } from '../maintenance/demo/maintenance-demo.service';
import { MaintenanceService } from '../maintenance/maintenance.service';
import { ParkingDemoService } from '../parking/demo/parking-demo.service';
import { SettingsService } from '../settings/settings.service';
import { TradesService } from '../trades/trades.service';
import { UserIdentity, UsersService } from '../users/users.service';
import { VehicleReviewsDemoService } from '../vehicle-reviews/demo/vehicle-reviews-demo.service';
import { VenuesDemoService } from '../venues/demo/venues-demo.service';
import { pastYearCases } from './past-years-demo';

const LOADED_KEY = 'seed.demo_data_loaded_at';

/** Agencies whose staff file requests in the demo: the demo requester's and those of the extra requesters. */
const REQUESTER_USERNAMES = ['requester', 'agency-admin', 'requester-civil', 'requester-edu'];
const TECHNICIAN_TRADES: Record<string, string[]> = {
  technician: ['plumbing_electrical', 'hvac'],
  'technician-civil': ['civil', 'fire_safety', 'elevator'],
  'technician-telecom': ['telecom', 'public_address', 'cctv'],
};
const DRIVER_USERNAMES = ['driver', 'driver-2', 'driver-3'];

type Identity = UserIdentity & { username: string };

/**
 * A dataset with which every user group's pages show something and every flow can be walked:
 * months of tickets, bookings and permits, occupied dormitories, obligations falling due, the
 * property register. Loaded once per database (embedded only), deterministically (seeded random),
 * each part by the module that owns its tables.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly settings: SettingsService,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly locations: LocationsService,
    private readonly maintenance: MaintenanceDemoService,
    private readonly fleet: FleetDemoService,
    private readonly parking: ParkingDemoService,
    private readonly dormitories: DormitoryDemoService,
    private readonly assets: AssetsDemoService,
    private readonly vehicleReviews: VehicleReviewsDemoService,
    private readonly venues: VenuesDemoService,
    private readonly maintenanceCases: MaintenanceService,
    private readonly trades: TradesService,
  ) {}

  /** Loads the dataset unless this database already had it; the demo accounts must exist. */
  async loadOnce(): Promise<boolean> {
    if (await this.settings.get(LOADED_KEY)) return false;
    const started = Date.now();
    const [office] = await this.agencies.findByCodes(['GA-OFFICE']);
    const actor = systemActor(office.id, 'seed-demo-data');
    const people = await this.people();
    const requesters = REQUESTER_USERNAMES.map((username) => people(username)).map(({ id, agencyId, displayName }) => ({
      userId: id,
      agencyId,
      displayName,
    }));
    const agencyIds = [...new Set(requesters.map((requester) => requester.agencyId))];
    const rooms = await this.locations.rooms();

    const maintenance = await this.maintenance.load(actor, {
      requesters,
      technicians: Object.entries(TECHNICIAN_TRADES).map(([username, tradeCodes]) => ({
        userId: people(username).id,
        displayName: people(username).displayName,
        tradeCodes,
      })),
      coordinator: {
        ...actor,
        userId: people('coordinator').id,
        displayName: people('coordinator').displayName,
        roles: ['maintenance_coordinator'],
      },
      rooms,
      places: await this.obligationPlaces(),
      tickets: 320,
      days: 180,
    });
    // Imported cases keep who brought them in as their requester: a real account, the coordinator.
    const coordinator = { ...actor, userId: people('coordinator').id, displayName: people('coordinator').displayName };
    const pastYears = await this.importPastYears(coordinator, [office.id, ...agencyIds]);
    const fleet = await this.fleet.load(actor, {
      officeAgencyId: office.id,
      requesters,
      driverUserIds: DRIVER_USERNAMES.map((username) => people(username).id),
      pastDays: 120,
      aheadDays: 14,
    });
    const parking = await this.parking.load(actor, {
      officerUserId: people('parking').id,
      visitedAgencyIds: [office.id, ...agencyIds],
      days: 120,
    });
    const dormitories = await this.dormitories.load(actor, [office.id, ...agencyIds]);
    const assets = await this.assets.load({ rooms, custodianAgencyIds: [office.id, ...agencyIds], assets: 240 });
    const venues = await this.venues.load(
      { ...actor, userId: people('venues').id, displayName: people('venues').displayName, roles: ['venue_manager'] },
      {
        requesters,
        aheadDays: 10,
      },
    );
    const vehicleReviews = await this.vehicleReviews.load(actor);
    await this.settings.setOnce(LOADED_KEY, new Date().toISOString());
    this.logger.log(
      `demo data loaded in ${Date.now() - started} ms: ${JSON.stringify({ ...maintenance, ...pastYears, ...fleet, ...parking, ...dormitories, ...assets, ...venues, ...vehicleReviews })}`,
    );
    return true;
  }

  /** The repair cases of 111 and 112 through the historical import, so the figures have past years to show. */
  private async importPastYears(actor: Actor, agencyIds: string[]): Promise<{ pastYearCases: number }> {
    const lines = pastYearCases({ agencyIds, trades: await this.trades.list() });
    const outcome = await this.maintenanceCases.importCases(actor, lines, true);
    if (!outcome.committed) throw new Error(`past years' demo cases refused: ${JSON.stringify(outcome.problems[0])}`);
    return { pastYearCases: lines.length };
  }

  private async people(): Promise<(username: string) => Identity> {
    const usernames = [
      ...REQUESTER_USERNAMES,
      ...Object.keys(TECHNICIAN_TRADES),
      ...DRIVER_USERNAMES,
      'coordinator',
      'parking',
      'venues',
    ];
    const found = new Map((await this.users.identitiesByUsername(usernames)).map((user) => [user.username, user]));
    return (username) => {
      const user = found.get(username);
      if (!user) throw new Error(`demo account ${username} is missing; create the demo accounts first`);
      return user;
    };
  }

  /** Each center with its buildings, from the location tree. */
  private async obligationPlaces(): Promise<{ siteId: string; buildingIds: string[] }[]> {
    return (await this.locations.tree()).map((site) => ({
      siteId: site.id,
      buildingIds: site.children.map((building) => building.id),
    }));
  }
}
