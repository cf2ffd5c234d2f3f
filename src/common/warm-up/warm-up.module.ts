import { Module } from '@nestjs/common';
import { DocumentWarmUpService } from './document-warm-up.service';

@Module({ providers: [DocumentWarmUpService] })
export class WarmUpModule {}
