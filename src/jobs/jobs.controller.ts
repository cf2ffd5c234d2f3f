import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { ErrorBody } from '../common/errors/error-body';
import { JobRunView, JobView, RunJobDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: [JobView] })
  list(): JobView[] {
    return this.jobs.list().map(({ name, cron, period, description }) => ({ name, cron, period, description }));
  }

  @Get(':name/runs')
  @Roles('admin')
  @ApiOkResponse({ type: [JobRunView] })
  runs(@Param('name') name: string) {
    return this.jobs.recentRuns(name);
  }

  /**
   * Runs a job by hand for the period containing `at` (e.g. to redo a day after an outage). A
   * recomputable job (the figures snapshots) redoes a period that already ran, keeping history.
   */
  @Post(':name/run')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: JobRunView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'that period already ran (and the job does not recompute) or is running',
  })
  async run(@CurrentActor() actor: Actor, @Param('name') name: string, @Body() input: RunJobDto) {
    const outcome = await this.jobs.runManually(name, input.at ? new Date(input.at) : new Date(), actor);
    return outcome.run;
  }
}
