import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AgenciesService } from '../agencies/agencies.service';
import { AppConfig } from '../config/app-config.schema';
import { DormitoriesService } from '../dormitories/registry/dormitories.service';
import { systemActor } from '../identity/actor';
import { LocationsService } from '../locations/locations.service';
import { SlaPoliciesService } from '../maintenance/sla/sla-policies.service';
import { ParkingLotsService } from '../parking/lots/parking-lots.service';
import { SettingsService } from '../settings/settings.service';
import { TradesService } from '../trades/trades.service';
import { UsersService } from '../users/users.service';
import { VenueSpacesService } from '../venues/spaces/venue-spaces.service';
import { DEMO_ACCOUNTS, DEMO_DATA_ACCOUNTS, DemoAccount } from './demo-accounts';
import { DemoDataService } from './demo-data.service';
import { readReferenceData, ReferenceData } from './reference-data';
import { ReferenceLocationsLoader } from './reference-locations.loader';

export interface DemoLogin {
  username: string;
  password: string;
  roles: string[];
  purpose: string;
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
    private readonly demoData: DemoDataService,
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

  /**
   * The demo accounts, and with `data` the demo dataset that walks every flow (its own accounts
   * too); without it only the city's dormitories.
   */
  async loadDemo(password?: (username: string) => string, data = false): Promise<DemoLogin[]> {
    const logins = await this.loadDemoAccounts(password);
    if (!data) {
      await this.dormitories.seedDemo();
      return logins;
    }
    const dataLogins = await this.loadDemoAccounts(password, DEMO_DATA_ACCOUNTS);
    await this.demoData.loadOnce();
    return [...logins, ...dataLogins];
  }

  /**
   * Creates the demo accounts that do not exist yet and returns their logins. `password` gives
   * each one's password (a known one on the embedded database, random ones elsewhere).
   */
  async loadDemoAccounts(
    password: (username: string) => string = () => randomBytes(9).toString('base64url'),
    accounts: DemoAccount[] = DEMO_ACCOUNTS,
  ): Promise<DemoLogin[]> {
    await this.loadReferenceOnce();
    const agencies = await this.agencies.findByCodes([
      ...new Set([...accounts.map((account) => account.agencyCode), 'GA-OFFICE']),
    ]);
    const agencyIdByCode = new Map(agencies.map((agency) => [agency.code, agency.id]));
    const actor = systemActor(agencyIdByCode.get('GA-OFFICE')!, 'seed-demo');
    const logins: DemoLogin[] = [];
    for (const account of accounts) {
      if (await this.users.existsByUsername(account.username)) continue;
      const secret = password(account.username);
      await this.users.createInitial(actor, {
        username: account.username,
        displayName: account.displayName,
        agencyId: agencyIdByCode.get(account.agencyCode)!,
        roles: account.roles,
        password: secret,
      });
      logins.push({ username: account.username, password: secret, roles: account.roles, purpose: account.purpose });
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
