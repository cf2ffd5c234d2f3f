import { ConfigurationError, loadAppConfig } from './load-app-config';

describe('loadAppConfig', () => {
  it('reads the defaults from config/default.json', () => {
    const config = loadAppConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.time.businessHoursStart).toBe('08:30');
    expect(config.database.url).toBeNull();
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.http.trustedProxies).toEqual([]);
  });

  it('reads the trusted proxies as addresses and CIDR ranges', () => {
    const config = loadAppConfig({ TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16, ::1' });
    expect(config.http.trustedProxies).toEqual(['10.0.0.1', '192.168.0.0/16', '::1']);
  });

  it('lets the environment override a key, converting its type', () => {
    const config = loadAppConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      JOBS_ENABLED: 'false',
    });
    expect(config.http.port).toBe(8080);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.jobs.enabled).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be an integer \(got "abc"\)/],
    [{ PORT: '70000' }, /PORT \(http\.port\) must not be greater than 65535 \(got 70000\)/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET \(auth\.jwtSecret\) must be at least 32 characters/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL \(database\.url\) must be a postgres:\/\/ URL/],
    [{ BUSINESS_HOURS_START: '8:30' }, /BUSINESS_HOURS_START \(time\.businessHoursStart\) must be HH:mm/],
    [{ JOBS_ENABLED: 'maybe' }, /JOBS_ENABLED must be true or false/],
    [
      { VENUE_DEFAULT_CLOSES_AT: '07:00' },
      /VENUE_DEFAULT_CLOSES_AT \(venues\.defaultClosesAt\) must be later than defaultOpensAt/,
    ],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL \(logging\.level\)/],
    [
      { DORMITORY_CHECK_MONTHS: '5,13' },
      /DORMITORY_CHECK_MONTHS \(dormitories\.residenceCheckMonths\) each value in residenceCheckMonths must not be greater than 12/,
    ],
    [{ DORMITORY_CHECK_MONTHS: 'May' }, /DORMITORY_CHECK_MONTHS must be a comma-separated list of integers/],
    [
      { PARKING_MAX_PERMIT_DAYS: '0' },
      /PARKING_MAX_PERMIT_DAYS \(parking\.maxPermitDays\) must not be less than 1 \(got 0\)/,
    ],
    [
      { PARKING_PUBLIC_BASE_URL: 'ftp://x' },
      /PARKING_PUBLIC_BASE_URL \(parking\.publicBaseUrl\) must be an http\(s\) URL/,
    ],
    [
      { TRUSTED_PROXIES: '10.0.0.1,proxy.example' },
      /TRUSTED_PROXIES \(http\.trustedProxies\) must list IP addresses or CIDR ranges/,
    ],
    [{ SMTP_URL: 'mail.example.gov.tw:25' }, /SMTP_URL \(mail\.smtpUrl\) must be an smtp:\/\/ or smtps:\/\/ URL/],
  ])('stops on a bad value %j with a message naming the key', (environment, message) => {
    expect(() => loadAppConfig(environment)).toThrow(ConfigurationError);
    expect(() => loadAppConfig(environment)).toThrow(message);
  });

  it.each([
    ['JWT_SECRET', 'too-short-but-secret'],
    ['DATABASE_URL', 'mysql://app:hunter2-password@db.example/facilities'],
    ['SMTP_URL', 'smtp://mailer:hunter2-password@mail.example.gov.tw:587/extra'],
  ])('names a bad %s without echoing its value', (name, value) => {
    expect(() => loadAppConfig({ [name]: value })).toThrow(
      new RegExp(`${name} .*hidden value of ${value.length} characters`),
    );
    expect(() => loadAppConfig({ [name]: value })).not.toThrow(/hunter2|too-short-but-secret/);
  });

  it('lists every bad key at once', () => {
    expect(() => loadAppConfig({ PORT: '0x', DB_POOL_SIZE: '0' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ EMBEDDED_DB_PORT: '0', DB_POOL_SIZE: '0' })).toThrow(/EMBEDDED_DB_PORT.*DB_POOL_SIZE/);
  });
});
