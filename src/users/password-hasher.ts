import * as argon2 from 'argon2';

// A valid hash of a random password, verified against when the username is unknown so that a
// wrong username takes as long as a wrong password and does not reveal which usernames exist.
let decoyHash: Promise<string> | undefined;

// OWASP's argon2id setting (19 MiB, 2 passes): the library default of 64 MiB per hash made a
// burst of sign-ins cost hundreds of MiB of memory. Older hashes keep their own parameters.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

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
