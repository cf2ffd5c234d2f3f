import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AgenciesService } from '../agencies/agencies.service';
import { systemActor } from '../auth/actor';
import { AppConfig } from '../config/app-config.schema';
import { DormitoriesService } from '../dormitories/registry/dormitories.service';
import { LocationsService } from '../locations/locations.service';
import { SlaPoliciesService } from '../maintenance/sla/sla-policies.service';
import { ParkingLotsService } from '../parking/parking-lots.service';
import { SettingsService } from '../settings/settings.service';
import { TradesService } from '../trades/trades.service';
import { UsersService } from '../users/users.service';
import { VenueSpacesService } from '../venues/spaces/venue-spaces.service';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { readReferenceData, ReferenceData } from './reference-data';
import { ReferenceLocationsLoader } from './reference-locations.loader';

export interface DemoLogin {
  username: string;
  password: string;
  roles: string[];
}

/** Loads the reference data once per database, and the demo accounts when asked. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly config: AppConfig,
    private readonly settings: SettingsService,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly trades: TradesService,
    private readonly locations: LocationsService,
    private readonly parkingLots: ParkingLotsService,
    private readonly dormitories: DormitoriesService,
    private readonly slaPolicies: SlaPoliciesService,
    private readonly venueSpaces: VenueSpacesService,
  ) {}

  /** Loads centers, buildings, trades and agencies unless this database already had them once. */
  async loadReferenceOnce(): Promise<boolean> {
    if (await this.settings.get('seed.reference_loaded_at')) return false;
    const reference = readReferenceData(this.config.reference.file);
    await this.loadReference(reference);
    await this.settings.setOnce('seed.reference_loaded_at', new Date().toISOString());
    this.logger.log(
      `reference data loaded: ${reference.sites.length} sites, ${reference.trades.length} trades, ${reference.agencies.length} agencies`,
    );
    return true;
  }

  /** The demo accounts and a demo dataset (the city's dormitories) for trying the service out. */
  async loadDemo(password?: (username: string) => string): Promise<DemoLogin[]> {
    const logins = await this.loadDemoAccounts(password);
    await this.dormitories.seedDemo();
    return logins;
  }

  /**
   * Creates the demo accounts that do not exist yet and returns their logins. `password` gives
   * each one's password (a known one on the embedded database, random ones elsewhere).
   */
  async loadDemoAccounts(
    password: (username: string) => string = () => randomBytes(9).toString('base64url'),
  ): Promise<DemoLogin[]> {
    await this.loadReferenceOnce();
    const agencies = await this.agencies.findByCodes([...new Set(DEMO_ACCOUNTS.map((account) => account.agencyCode))]);
    const agencyIdByCode = new Map(agencies.map((agency) => [agency.code, agency.id]));
    const actor = systemActor(agencyIdByCode.get('GA-OFFICE')!, 'seed-demo');
    const logins: DemoLogin[] = [];
    for (const account of DEMO_ACCOUNTS) {
      if (await this.users.existsByUsername(account.username)) continue;
      const secret = password(account.username);
      await this.users.createInitial(actor, {
        username: account.username,
        displayName: account.displayName,
        agencyId: agencyIdByCode.get(account.agencyCode)!,
        roles: account.roles,
        password: secret,
      });
      logins.push({ username: account.username, password: secret, roles: account.roles });
    }
    return logins;
  }

  private async loadReference(reference: ReferenceData): Promise<void> {
    await this.trades.seed(reference.trades);
    await this.slaPolicies.seed();
    await this.agencies.seed(reference.agencies);
    const spaces = await new ReferenceLocationsLoader(this.locations).load(reference.sites);
    await this.parkingLots.seedLots();
    const [office] = await this.agencies.findByCodes(['GA-OFFICE']);
    await this.venueSpaces.seed(systemActor(office.id, 'seed-reference'), spaces);
  }
}
