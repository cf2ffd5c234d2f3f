import { ApiProperty } from '@nestjs/swagger';
import { VEHICLE_REQUEST_KINDS, VehicleRequestKind } from '../vehicle-review-kinds';
import { RoundView } from './review-round.dto';

export class KindSummaryView {
  @ApiProperty({ enum: VEHICLE_REQUEST_KINDS }) kind: VehicleRequestKind;
  @ApiProperty({ example: '汽車' }) label: string;
  @ApiProperty() lines: number;
  @ApiProperty() requestedQuantity: number;
  @ApiProperty() requestedAmount: number;
  @ApiProperty() approvedQuantity: number;
  @ApiProperty() approvedAmount: number;
}

export class GroupSummaryView {
  @ApiProperty({ example: 'police' }) group: string;
  @ApiProperty({ example: '警政' }) label: string;
  @ApiProperty() approvedQuantity: number;
  @ApiProperty({ description: 'NT$ approved for purchases (lease renewals apart)' }) approvedAmount: number;
  @ApiProperty({ example: 40.93, description: 'share of the purchases approved, in percent (2 decimals)' })
  sharePercent: number;
}

export class RoundSummaryView {
  @ApiProperty({ type: RoundView }) round: RoundView;
  @ApiProperty({ type: [KindSummaryView] }) byKind: KindSummaryView[];
  @ApiProperty({ type: [GroupSummaryView] }) byGroup: GroupSummaryView[];
  @ApiProperty() approvedQuantity: number;
  @ApiProperty() approvedAmount: number;
  @ApiProperty({ example: '56,785.1', description: 'the approved amount in 萬元, one decimal' })
  approvedAmountInTenThousands: string;
  @ApiProperty({
    example:
      '辦理113年度購置公務車輛先期審查作業，共計核列汽車25輛、機車39輛、特種車412輛及續租75輛等，經費合計56,785.1萬元',
  })
  sentence: string;
}
