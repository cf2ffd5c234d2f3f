import { Injectable } from '@nestjs/common';
import { AppConfig, ParkingConfig } from '../config/app-config.schema';

/** The parking section of the configuration, with the base URL's trailing slash removed. */
@Injectable()
export class ParkingSettings {
  readonly values: ParkingConfig;

  constructor(config: AppConfig) {
    this.values = { ...config.parking, publicBaseUrl: config.parking.publicBaseUrl?.replace(/\/+$/, '') ?? null };
  }
}
