import { Module } from '@nestjs/common';
import { CalendarWarmUpService } from './calendar-warm-up.service';
import { DocumentWarmUpService } from './document-warm-up.service';

@Module({ providers: [DocumentWarmUpService, CalendarWarmUpService] })
export class WarmUpModule {}
