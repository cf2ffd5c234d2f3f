import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { warmUpDocuments } from './document-warm-up';

/** Warms the document libraries at boot, before the server listens: no user's request pays for it. */
@Injectable()
export class DocumentWarmUpService implements OnApplicationBootstrap {
  private readonly logger = new Logger('WarmUp');

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    await warmUpDocuments();
    this.logger.log(`fonts and document libraries ready in ${Math.round(performance.now() - started)} ms`);
  }
}
