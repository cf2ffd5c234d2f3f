import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { LocationsModule } from '../locations/locations.module';
import { UsersModule } from '../users/users.module';
import { AssetExportService } from './asset-export.service';
import { AssetMovement } from './asset-movement.entity';
import { AssetMovementsService } from './asset-movements.service';
import { AssetNumberSequence } from './asset-number-sequence.entity';
import { AssetRegisterService } from './asset-register.service';
import { AssetReportsController } from './asset-reports.controller';
import { AssetReportsService } from './asset-reports.service';
import { AssetStocktakeLine } from './asset-stocktake-line.entity';
import { AssetStocktake } from './asset-stocktake.entity';
import { AssetStocktakesController } from './asset-stocktakes.controller';
import { AssetStocktakesService } from './asset-stocktakes.service';
import { Asset } from './asset.entity';
import { AssetsController } from './assets.controller';
// Registers what each of the module's constraints means, for the error mapper.
import './assets-constraints.errors';

/** The property register (財產管理): assets, their movements, stocktakes and statistics. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Asset, AssetMovement, AssetNumberSequence, AssetStocktake, AssetStocktakeLine]),
    AgenciesModule,
    LocationsModule,
    UsersModule,
  ],
  controllers: [AssetsController, AssetStocktakesController, AssetReportsController],
  providers: [
    AssetRegisterService,
    AssetMovementsService,
    AssetStocktakesService,
    AssetReportsService,
    AssetExportService,
  ],
  exports: [AssetRegisterService, AssetReportsService],
})
export class AssetsModule {}
