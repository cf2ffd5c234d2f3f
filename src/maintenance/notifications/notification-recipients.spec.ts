import { EmailContact } from '../../users/users.service';
import { addressesOf, recipientKeysOf, splitRecipients } from './notification-recipients';

const contacts: EmailContact[] = [
  { id: 'u1', roles: ['technician'], displayName: '技術員', email: 'tech@example.gov.tw' },
  { id: 'u2', roles: ['maintenance_coordinator'], displayName: '調度一', email: 'c1@example.gov.tw' },
  { id: 'u3', roles: ['maintenance_coordinator', 'admin'], displayName: '調度二', email: 'c2@example.gov.tw' },
];

describe('notification recipients', () => {
  it('addresses a user by id and by every role they hold', () => {
    expect(recipientKeysOf('u3', ['maintenance_coordinator', 'admin'])).toEqual([
      'user:u3',
      'role:maintenance_coordinator',
      'role:admin',
    ]);
  });

  it('splits recipient keys into user ids and roles without duplicates', () => {
    expect(splitRecipients(['user:u1', 'role:maintenance_coordinator', 'user:u1'])).toEqual({
      userIds: ['u1'],
      roles: ['maintenance_coordinator'],
    });
  });

  it('expands a role to every contact holding it and a user to their own address', () => {
    expect(addressesOf('role:maintenance_coordinator', contacts)).toEqual(['c1@example.gov.tw', 'c2@example.gov.tw']);
    expect(addressesOf('user:u1', contacts)).toEqual(['tech@example.gov.tw']);
    expect(addressesOf('user:u9', contacts)).toEqual([]);
  });
});
