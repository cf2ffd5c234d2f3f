import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { AgenciesService } from '../agencies/agencies.service';
import { systemActor } from '../identity/actor';
import { SeedService } from '../seed/seed.service';
import { CreateUserDto } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { runWithContext } from './run-with-context';

const USAGE = `usage: npm run user:create -- --username NAME --agency AGENCY_CODE --name DISPLAY_NAME [--roles admin,requester] [--password P]
  Creates a user (by default the first admin) against the configured database. Without --password a random one is printed.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      agency: { type: 'string', default: 'GA-OFFICE' },
      name: { type: 'string' },
      roles: { type: 'string', default: 'admin' },
      password: { type: 'string' },
    },
  });
  if (!values.username || !values.name) throw new Error(USAGE);
  await runWithContext(async (context) => {
    await context.get(SeedService).loadReferenceOnce();
    const [agency] = await context.get(AgenciesService).findByCodes([values.agency]);
    if (!agency) throw new Error(`no agency with code ${values.agency}`);
    const password = values.password ?? randomBytes(12).toString('base64url');
    const input = plainToInstance(CreateUserDto, {
      username: values.username,
      displayName: values.name,
      agencyId: agency.id,
      roles: values.roles.split(',').map((role) => role.trim()),
      password,
    });
    const errors = validateSync(input, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new Error(errors.flatMap((error) => Object.values(error.constraints ?? {})).join('; '));
    const user = await context.get(UsersService).createInitial(systemActor(agency.id, 'user-create'), input);
    console.log(
      `created ${user.username} (${input.roles.join(', ')}) in ${agency.code}${values.password ? '' : `; password: ${password}`}`,
    );
  });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
