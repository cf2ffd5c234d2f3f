import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobRun } from './job-run.entity';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
// Registers what each of the module's constraints means, for the error mapper.
import './jobs-constraints.errors';

/** Global so that every feature module can register its scheduled jobs. */
@Global()
@Module({
  imports: [ScheduleModule.forRoot(), TypeOrmModule.forFeature([JobRun])],
  controllers: [JobsController],
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
