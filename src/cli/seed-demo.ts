import 'reflect-metadata';
import { DatabaseLocation } from '../database/database-location';
import { EMBEDDED_DEMO_PASSWORD } from '../seed/demo-accounts';
import { SeedService } from '../seed/seed.service';
import { runWithContext } from './run-with-context';

/** `npm run seed:demo`: loads the demo data; outside the embedded database passwords are random. */
runWithContext(async (context) => {
  const embedded = context.get(DatabaseLocation).isEmbedded;
  // The dataset only on the embedded database: on a real one it would mix invented records with real ones.
  const logins = await context.get(SeedService).loadDemo(embedded ? () => EMBEDDED_DEMO_PASSWORD : undefined, embedded);
  if (!logins.length) {
    console.log('the demo accounts exist already; nothing to do');
    return;
  }
  console.log('Demo accounts (shown once; username / password / roles):');
  for (const login of logins)
    console.log(`  ${login.username.padEnd(14)} ${login.password.padEnd(18)} ${login.roles.join(', ')}`);
}).catch((error: Error) => {
  console.error(`seed:demo failed: ${error.message}`);
  process.exit(1);
});
