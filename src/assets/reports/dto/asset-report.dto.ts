import { ApiProperty } from '@nestjs/swagger';
import { ASSET_KINDS, AssetKind } from '../../register/asset-classification';

export class CountAndValue {
  @ApiProperty() count: number;
  @ApiProperty({ description: 'acquisition cost in NT$' }) value: number;
}

/** One category's line of the 財產增減表 sent to the government property system. */
export class CategoryChangeRow {
  @ApiProperty({ enum: ASSET_KINDS }) kind: AssetKind;
  @ApiProperty({ example: '3140101-03' }) categoryCode: string;
  @ApiProperty({ type: CountAndValue, description: '上期結存' }) opening: CountAndValue;
  @ApiProperty({ type: CountAndValue, description: '本期增加' }) added: CountAndValue;
  @ApiProperty({ type: CountAndValue, description: '本期減少' }) writtenOff: CountAndValue;
  @ApiProperty({ type: CountAndValue, description: '本期結存' }) closing: CountAndValue;
}

export class CategoryChangeReport {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [CategoryChangeRow] }) rows: CategoryChangeRow[];
}

export class CountAndProceeds {
  @ApiProperty() count: number;
  @ApiProperty({ description: 'NT$' }) proceeds: number;
}

export class CountOnly {
  @ApiProperty() count: number;
}

/** The property figures of the yearly report for a period. */
export class AssetFigures {
  @ApiProperty({ type: CountAndValue }) added: CountAndValue;
  @ApiProperty({ type: CountAndValue }) writtenOff: CountAndValue;
  @ApiProperty({ type: CountOnly }) transfers: CountOnly;
  @ApiProperty({ type: CountOnly }) donations: CountOnly;
  @ApiProperty({ type: CountAndProceeds }) sales: CountAndProceeds;
  @ApiProperty({ type: CountOnly }) scrapped: CountOnly;
  @ApiProperty({ description: 'stocktakes closed in the period' }) stocktakesCompleted: number;
}
