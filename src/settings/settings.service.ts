import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppSetting } from './app-setting.entity';

/** Shared settings stored in PostgreSQL, so that every instance sees the same value. */
@Injectable()
export class SettingsService {
  constructor(@InjectRepository(AppSetting) private readonly settings: Repository<AppSetting>) {}

  /** Returns the stored value, storing `create()` first if there is none; the first writer wins. */
  async getOrCreate<T>(key: string, create: () => T): Promise<T> {
    await this.settings
      .createQueryBuilder()
      .insert()
      .values({ key, value: create() as object })
      .orIgnore()
      .execute();
    const row = await this.settings.findOneByOrFail({ key });
    return row.value as T;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.settings.findOneBy({ key }))?.value as T | undefined;
  }

  /** Sets the value only if the key is new; returns whether this call set it. */
  async setOnce(key: string, value: unknown): Promise<boolean> {
    const result = await this.settings
      .createQueryBuilder()
      .insert()
      .values({ key, value: value as object })
      .orIgnore()
      .returning(['key'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
