import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../identity/decorators';

const DATABASE_PING_TIMEOUT_MS = 1500;

/** Probes for a load balancer or orchestrator. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @ApiOperation({ summary: '服務狀態：存活檢查', description: '程序在執行且能回應 HTTP 即回 200，不檢查資料庫。' })
  @Public()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** The service can do its work: the database answers within the timeout. 503 otherwise. */
  @Get('ready')
  @ApiOperation({
    summary: '服務狀態：就緒檢查',
    description: '資料庫在 1.5 秒內回應才回 200；否則回 503，負載平衡器應暫停轉送。',
  })
  @Public()
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: DATABASE_PING_TIMEOUT_MS })]);
  }
}
