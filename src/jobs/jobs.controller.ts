import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { CurrentActor, Roles } from '../identity/decorators';
import { JobRunView, JobView, RunJobDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiOperation({ summary: '排程：列出排程作業' })
  @Roles('admin')
  @ApiOkResponse({ type: [JobView] })
  list(): JobView[] {
    return this.jobs.list().map(({ name, cron, period, description }) => ({ name, cron, period, description }));
  }

  @Get(':name/runs')
  @ApiOperation({ summary: '排程：查看作業最近的執行紀錄' })
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
  @ApiOperation({
    summary: '排程：手動執行一次作業',
    description: '執行 `at` 所在期間的作業（例如停機後補跑某一天）；每個期間只會執行一次，已執行過回 409。',
  })
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: JobRunView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '此期間已執行過（且此工作不重新計算）或正在執行' })
  async run(@CurrentActor() actor: Actor, @Param('name') name: string, @Body() input: RunJobDto) {
    const outcome = await this.jobs.runManually(name, input.at ? new Date(input.at) : new Date(), actor);
    return outcome.run;
  }
}
