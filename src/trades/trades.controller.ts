import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../identity/decorators';
import { TradesService } from './trades.service';

class TradeView {
  @ApiProperty({ example: 'plumbing_electrical' }) code: string;
  @ApiProperty({ example: '水電' }) name: string;
  @ApiProperty() sortOrder: number;
  @ApiProperty() active: boolean;
}

@ApiTags('trades')
@Controller('trades')
export class TradesController {
  constructor(private readonly trades: TradesService) {}

  @Get()
  @ApiOperation({ summary: '維修工種：列出工種' })
  @AnyRole()
  @ApiOkResponse({ type: [TradeView] })
  list() {
    return this.trades.list();
  }
}
