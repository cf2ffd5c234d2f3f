import { UsersService } from '../../users/users.service';

interface HeldBy {
  custodianName: string | null;
  custodianUserId: string | null;
}

/** Who holds each asset as a name to print: the recorded name, or the custodian user's display name. */
export async function custodianNames<T extends HeldBy>(users: UsersService, assets: T[]): Promise<Map<T, string>> {
  const userIds = [...new Set(assets.flatMap((asset) => (asset.custodianUserId ? [asset.custodianUserId] : [])))];
  const identities = await Promise.all(userIds.map((id) => users.getIdentity(id)));
  const displayNames = new Map(identities.map((identity) => [identity.id, identity.displayName]));
  return new Map(
    assets.map((asset) => [
      asset,
      asset.custodianName ?? (asset.custodianUserId ? (displayNames.get(asset.custodianUserId) ?? '') : ''),
    ]),
  );
}
