import { Role } from '../../identity/role';
import { EmailContact } from '../../users/users.service';

const USER_PREFIX = 'user:';
const ROLE_PREFIX = 'role:';

/** Every recipient key a user's notifications may be addressed to: themselves and each role they hold. */
export function recipientKeysOf(userId: string, roles: readonly Role[]): string[] {
  return [`${USER_PREFIX}${userId}`, ...roles.map((role) => `${ROLE_PREFIX}${role}`)];
}

/** The user ids and roles named by these recipient keys, to look their e-mail addresses up in one query. */
export function splitRecipients(recipients: string[]): { userIds: string[]; roles: Role[] } {
  const userIds = recipients.filter((key) => key.startsWith(USER_PREFIX)).map((key) => key.slice(USER_PREFIX.length));
  const roles = recipients
    .filter((key) => key.startsWith(ROLE_PREFIX))
    .map((key) => key.slice(ROLE_PREFIX.length) as Role);
  return { userIds: [...new Set(userIds)], roles: [...new Set(roles)] };
}

/** The addresses one recipient key expands to: the user's own, or those of every contact holding the role. */
export function addressesOf(recipient: string, contacts: EmailContact[]): string[] {
  const matching = recipient.startsWith(ROLE_PREFIX)
    ? contacts.filter((contact) => contact.roles.includes(recipient.slice(ROLE_PREFIX.length) as Role))
    : contacts.filter((contact) => `${USER_PREFIX}${contact.id}` === recipient);
  return [...new Set(matching.map((contact) => contact.email))];
}
