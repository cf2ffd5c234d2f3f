import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client, Notification } from 'pg';
import { EntityManager } from 'typeorm';
import { DatabaseLocation } from '../database/database-location';

/** The channel on which a transaction that changes an account's token version or active flag names the account. */
export const TOKEN_VERSION_CHANNEL = 'user_token_versions';
/** How the listening connection shows in pg_stat_activity. */
export const TOKEN_VERSION_LISTENER = 'facilities-ops token versions';
const RECONNECT_MS = 1000;
/** More accounts than an office has; past it the cache starts over rather than grow without end. */
const MAX_ENTRIES = 50_000;

/**
 * Each account's token version (null: inactive or gone), kept in the process so that an
 * authenticated request needs no read of its own. It is only trusted while a connection LISTENs on
 * TOKEN_VERSION_CHANNEL: every change of a version or of the active flag NOTIFYs there in its own
 * transaction (so every instance hears of it at commit), the instance that made it forgets the
 * account at once, and the whole cache is dropped whenever that connection is lost or made again,
 * since a change may have gone unheard in between.
 */
@Injectable()
export class TokenVersionCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TokenVersionCache.name);
  private readonly versions = new Map<string, number | null>();
  /** Bumped by every invalidation: a read begun before one may hold the old version and is not kept. */
  private generation = 0;
  /** The connection being made or listening; a lost one's late events are ignored. */
  private connection: Client | null = null;
  /** Set once `connection` LISTENs: only then are versions kept. */
  private listening = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly location: DatabaseLocation) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const connection = this.connection;
    this.connection = null;
    this.stopListening();
    await connection?.end().catch(() => undefined);
  }

  /** The account's version from the cache, or from `read` (kept only if nothing changed meanwhile). */
  async versionOf(userId: string, read: () => Promise<number | null>): Promise<number | null> {
    const cached = this.versions.get(userId);
    if (cached !== undefined) return cached;
    const generation = this.generation;
    const version = await read();
    if (this.listening && generation === this.generation) {
      if (this.versions.size >= MAX_ENTRIES) this.versions.clear();
      this.versions.set(userId, version);
    }
    return version;
  }

  /** Tells every instance, when `manager`'s transaction commits, that the account's version or active flag changed. */
  async announceChange(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [TOKEN_VERSION_CHANNEL, userId]);
  }

  /** Forgets the account here at once (after the announcing transaction committed), not when the notification arrives. */
  forget(userId: string): void {
    this.generation++;
    this.versions.delete(userId);
  }

  private forgetAll(): void {
    this.generation++;
    this.versions.clear();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.location.url, application_name: TOKEN_VERSION_LISTENER });
    this.connection = client;
    client.on('notification', (message: Notification) => {
      if (message.payload) this.forget(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TOKEN_VERSION_CHANNEL}`);
    } catch (error) {
      if (this.connection !== client) return;
      this.logger.warn(`token versions are read per request until listening works: ${(error as Error).message}`);
      this.lost(client);
      return;
    }
    if (this.connection !== client) return;
    // Whatever was cached before this connection listened may have changed unheard.
    this.forgetAll();
    this.listening = true;
  }

  private lost(client: Client): void {
    if (this.connection !== client) return;
    this.connection = null;
    this.stopListening();
    void client.end().catch(() => undefined);
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.listen();
    }, RECONNECT_MS);
  }

  private stopListening(): void {
    this.listening = false;
    this.forgetAll();
  }
}
