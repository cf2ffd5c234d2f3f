import { Provider } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config.schema';
import { SettingsService } from '../settings/settings.service';

export const JWT_SECRET = Symbol('JWT_SECRET');

/**
 * JWT_SECRET from the configuration, or else one generated once and kept in the database, so that
 * every instance behind a load balancer signs and verifies with the same key.
 */
export const jwtSecretProvider: Provider = {
  provide: JWT_SECRET,
  inject: [AppConfig, SettingsService],
  useFactory: (config: AppConfig, settings: SettingsService): Promise<string> | string =>
    config.auth.jwtSecret ?? settings.getOrCreate('auth.jwt_secret', () => randomBytes(48).toString('base64url')),
};
