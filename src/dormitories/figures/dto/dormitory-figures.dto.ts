import { ApiProperty } from '@nestjs/swagger';

export class DormitoryCountsView {
  @ApiProperty() head_residence: number;
  @ApiProperty() multi_room_staff: number;
  @ApiProperty() single_room_staff: number;
  @ApiProperty() family: number;
  @ApiProperty() total: number;
}

export class VerificationCampaignFigure {
  @ApiProperty({ example: '111-H1' }) code: string;
  @ApiProperty() agencyId: string;
  @ApiProperty({ example: '2022-05-09' }) firstCheckedOn: string;
  @ApiProperty({ example: '2022-05-27' }) lastCheckedOn: string;
}

/** Family dormitories being wound down (眷舍騰空、訴訟、出借). */
export class FamilyDormitoryFigures {
  @ApiProperty({ description: 'clearances whose land went back to the finance bureau in the period' })
  clearancesCompleted: number;
  @ApiProperty({ description: 'clearances noticed and not completed on the last day of the period' })
  clearancesUnderWay: number;
  @ApiProperty({ description: 'lawsuits closed in the period' }) lawsuitsClosed: number;
  @ApiProperty({ description: 'lawsuits open on the last day of the period' }) lawsuitsOpen: number;
  @ApiProperty({ description: 'family dormitories lent to other agencies on the last day of the period' })
  propertiesOnLoan: number;
}

export class DormitoryFiguresView extends FamilyDormitoryFigures {
  @ApiProperty() start: Date;
  @ApiProperty() end: Date;
  @ApiProperty({ type: DormitoryCountsView, description: 'on the register at the end of the period' })
  dormitories: DormitoryCountsView;
  @ApiProperty({ type: [VerificationCampaignFigure], description: 'campaigns whose last check fell in the period' })
  verificationCampaigns: VerificationCampaignFigure[];
  @ApiProperty({ description: 'approved residence bookings starting in the period' }) residenceLendingUses: number;
  @ApiProperty() demolitions: number;
  @ApiProperty({ description: 'handed over to the finance bureau' }) handovers: number;
  @ApiProperty() patrols: number;
  @ApiProperty({ description: 'findings of those patrols' }) findings: number;
  @ApiProperty({ description: 'findings of those patrols sent to maintenance' }) repairsOpened: number;
  @ApiProperty({ example: '經管市有宿舍44間，包括首長宿舍3間、多房間職務宿舍32間、單房間職務宿舍6間及眷舍3間' })
  summary: string;
}
