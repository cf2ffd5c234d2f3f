import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { RegisterAssetDto } from '../register/dto/asset.dto';
import { RecordSurplusDto, StocktakeSurplusView } from './dto/asset-stocktake.dto';
import { StocktakeSurplusesService } from './stocktake-surpluses.service';

@ApiTags('asset-stocktakes')
@Controller('asset-stocktakes/:id/surpluses')
export class StocktakeSurplusesController {
  constructor(private readonly surpluses: StocktakeSurplusesService) {}

  @Post()
  @ApiOperation({
    summary: '盤點：登錄盤盈（帳上沒有的物品）',
    description: '已結案的盤點不可再登錄（409 `asset_stocktake.closed`）。',
  })
  @Roles('property_officer')
  @ApiCreatedResponse({ type: StocktakeSurplusView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '盤點已結案（`asset_stocktake.closed`）' })
  record(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: RecordSurplusDto) {
    return this.surpluses.record(actor, id, input);
  }

  @Post(':surplusId/register')
  @ApiOperation({
    summary: '盤點：將盤盈項目列入財產清冊',
    description: '依登記財產的規則登記；已列入者回 409 `asset_stocktake.surplus_registered`。盤點結案後仍可列入。',
  })
  @Roles('property_officer')
  @ApiCreatedResponse({ type: StocktakeSurplusView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '已列入財產清冊（`asset_stocktake.surplus_registered`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  register(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('surplusId', ParseUUIDPipe) surplusId: string,
    @Body() input: RegisterAssetDto,
  ) {
    return this.surpluses.registerAsset(actor, id, surplusId, input);
  }
}
