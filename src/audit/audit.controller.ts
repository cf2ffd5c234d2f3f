import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../identity/decorators';
import { AuditService } from './audit.service';
import { AuditEntryPage } from './dto/audit-entry-page.dto';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: '稽核：查詢異動紀錄',
    description: '依資料類別、資料識別碼、操作者、機關、動作、請求識別碼與時間篩選，新的在前。',
  })
  @Roles('admin')
  @ApiOkResponse({ type: AuditEntryPage })
  list(@Query() query: AuditQuery) {
    return this.audit.list(query);
  }
}
