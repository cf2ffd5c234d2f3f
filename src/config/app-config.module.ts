import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config.schema';
import { loadAppConfig } from './load-app-config';

/** Provides the validated AppConfig to every module; loading it fails the boot on a bad value. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => loadAppConfig() }],
  exports: [AppConfig],
})
export class AppConfigModule {}
