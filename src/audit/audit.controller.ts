import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../identity/decorators';
import { AuditService } from './audit.service';
import { AuditEntryPage } from './dto/audit-entry-page.dto';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: AuditEntryPage })
  list(@Query() query: AuditQuery) {
    return this.audit.list(query);
  }
}
