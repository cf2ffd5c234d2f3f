/** What the banner prints of a demo account; the seed's DemoLogin fits it. */
export interface BannerLogin {
  username: string;
  password: string;
  purpose: string;
}

/** Tells the person who ran `npm start` where the service is and, on first start, how to sign in. */
export function printBanner(options: {
  url: string;
  docsUrl: string;
  embedded: boolean;
  demoLogins: BannerLogin[];
}): void {
  const lines = [
    '',
    `facilities-ops is running at ${options.url}`,
    `API docs: ${options.docsUrl}`,
    `database: ${options.embedded ? 'embedded PostgreSQL (.data/postgres)' : 'DATABASE_URL'}`,
  ];
  if (options.demoLogins.length) {
    lines.push('', 'Demo accounts created on this first start (username / password / what to try):');
    for (const login of options.demoLogins)
      lines.push(`  ${login.username.padEnd(19)} ${login.password.padEnd(16)} ${login.purpose}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
