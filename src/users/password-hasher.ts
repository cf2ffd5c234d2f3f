import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { ConcurrencyLimit } from '../common/concurrency/concurrency-limit';
import { AppConfig } from '../config/app-config.schema';

// A valid hash of a random password, verified against when the username is unknown so that a
// wrong username takes as long as a wrong password and does not reveal which usernames exist.
let decoyHash: Promise<string> | undefined;

// One of OWASP's equivalent argon2id settings (12 MiB, 3 passes; its first is 19 MiB, 2 passes):
// the library default of 64 MiB per hash made a burst of sign-ins cost hundreds of MiB, and the
// hashes in progress count against the service's 300 MB budget (measured with two at once: 106 MB
// peak against 142 MB with 19 MiB). Older hashes keep their own parameters when verified.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 12_288, timeCost: 3, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    await argon2.verify(await decoyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}

/**
 * Hashes and verifies passwords with a bounded concurrency. argon2 already runs off the event
 * loop, on libuv's worker threads (4 by default), which file reads, compression and DNS share;
 * unbounded, a burst of sign-ins would take all of them and 12 MiB each. The rest wait in line.
 */
@Injectable()
export class PasswordHasher {
  readonly slots: ConcurrencyLimit;

  constructor(config: AppConfig) {
    this.slots = new ConcurrencyLimit(config.auth.passwordHashConcurrency);
  }

  hash(password: string): Promise<string> {
    return this.slots.run(() => hashPassword(password));
  }

  verify(hash: string | undefined, password: string): Promise<boolean> {
    return this.slots.run(() => verifyPassword(hash, password));
  }
}
