import { Role } from './role';

/** What a verified token says about its user; Passport puts it on `request.user`. */
export interface AuthenticatedUser {
  id: string;
  agencyId: string;
  roles: Role[];
  displayName: string;
}

/** What passport-local hands to the login route: the identity plus the name the user signed in with. */
export interface SignedInUser extends AuthenticatedUser {
  username: string;
  tokenVersion: number;
}

export interface TokenPayload {
  sub: string;
  agency: string;
  roles: Role[];
  name: string;
  /** The user's token version when the token was issued; a role, password or active change bumps it. */
  ver: number;
  exp?: number;
}
