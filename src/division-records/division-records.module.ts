import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocationsModule } from '../locations/locations.module';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { DivisionRecord } from './division-record.entity';
import { DivisionRecordsFiguresProvider } from './division-records-figures.provider';
import { DivisionRecordsController } from './division-records.controller';
import { DivisionRecordsService } from './division-records.service';
// Registers what each of the module's constraints means, for the error mapper.
import './division-records-constraints.errors';

/** The division's recurring activities kept on paper until now, recorded and counted for the report. */
@Module({
  imports: [TypeOrmModule.forFeature([DivisionRecord]), LocationsModule, MaintenanceModule],
  controllers: [DivisionRecordsController],
  providers: [DivisionRecordsService, DivisionRecordsFiguresProvider],
})
export class DivisionRecordsModule {}
