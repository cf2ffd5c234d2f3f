import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { LocationsModule } from '../locations/locations.module';
import { UsersModule } from '../users/users.module';
import { AssetClassificationsController } from './classification/asset-classifications.controller';
import { PropertyClassificationService } from './classification/property-classification.service';
import { AssetsDemoService } from './demo/assets-demo.service';
import { AssetImportController } from './import/asset-import.controller';
import { AssetImportService } from './import/asset-import.service';
import { AssetLabelsController } from './labels/asset-labels.controller';
import { AssetLabelsService } from './labels/asset-labels.service';
import { AssetMovementFormStep } from './movement-forms/asset-movement-form-step.entity';
import { AssetMovementForm } from './movement-forms/asset-movement-form.entity';
import { MovementFormsController } from './movement-forms/movement-forms.controller';
import { MovementFormsService } from './movement-forms/movement-forms.service';
import { AssetMovement } from './movements/asset-movement.entity';
import { AssetMovementsService } from './movements/asset-movements.service';
import { AssetExportService } from './register/asset-export.service';
import { AssetNumberSequence } from './register/asset-number-sequence.entity';
import { AssetRegisterService } from './register/asset-register.service';
import { Asset } from './register/asset.entity';
import { AssetsController } from './register/assets.controller';
import { AssetReportsController } from './reports/asset-reports.controller';
import { AssetReportsService } from './reports/asset-reports.service';
import { AssetsFiguresProvider } from './reports/assets-figures.provider';
import { StatutoryReportsController } from './reports/statutory/statutory-reports.controller';
import { StatutoryReportsService } from './reports/statutory/statutory-reports.service';
import { AssetStocktakeLine } from './stocktakes/asset-stocktake-line.entity';
import { AssetStocktakeSurplus } from './stocktakes/asset-stocktake-surplus.entity';
import { AssetStocktake } from './stocktakes/asset-stocktake.entity';
import { AssetStocktakesController } from './stocktakes/asset-stocktakes.controller';
import { AssetStocktakesService } from './stocktakes/asset-stocktakes.service';
import { StocktakeSurplusesController } from './stocktakes/stocktake-surpluses.controller';
import { StocktakeSurplusesService } from './stocktakes/stocktake-surpluses.service';
// Registers what each of the module's constraints means, for the error mapper.
import './assets-constraints.errors';
import './movement-forms/movement-forms-constraints.errors';

/** The property register (財產管理): assets, their movements, stocktakes and statistics. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Asset,
      AssetMovement,
      AssetMovementForm,
      AssetMovementFormStep,
      AssetNumberSequence,
      AssetStocktake,
      AssetStocktakeLine,
      AssetStocktakeSurplus,
    ]),
    AgenciesModule,
    LocationsModule,
    UsersModule,
  ],
  controllers: [
    AssetClassificationsController,
    AssetImportController,
    AssetsController,
    AssetStocktakesController,
    AssetReportsController,
    StatutoryReportsController,
    AssetLabelsController,
    MovementFormsController,
    StocktakeSurplusesController,
  ],
  providers: [
    AssetsDemoService,
    PropertyClassificationService,
    AssetRegisterService,
    AssetMovementsService,
    AssetStocktakesService,
    AssetReportsService,
    AssetsFiguresProvider,
    AssetExportService,
    AssetImportService,
    StatutoryReportsService,
    AssetLabelsService,
    MovementFormsService,
    StocktakeSurplusesService,
  ],
  exports: [AssetRegisterService, AssetsDemoService],
})
export class AssetsModule {}
