import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { FiguresProvider, ProvidesFigures } from '../common/figures/figures-provider';

/** Every module's FiguresProvider, found by its `@ProvidesFigures()` mark, in report order. */
@Injectable()
export class FiguresProviders implements OnModuleInit {
  private providers: FiguresProvider[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.providers = this.discovery
      .getProviders({ metadataKey: ProvidesFigures.KEY })
      .map((wrapper) => wrapper.instance as FiguresProvider)
      .sort((a, b) => a.section.order - b.section.order);
  }

  all(): readonly FiguresProvider[] {
    return this.providers;
  }
}
