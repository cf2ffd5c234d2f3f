import { Injectable } from '@nestjs/common';
import { Period } from '../../common/time';
import { MaintenanceService } from '../../maintenance/maintenance.service';
import { countFigure, Figure, FiguresSection } from '../figure';

/** 廳舍管理維護: repair requests received (受理案件計…件) and how they were handled. */
@Injectable()
export class MaintenanceSection implements FiguresSection {
  readonly key = 'maintenance';
  readonly title = '廳舍管理維護';

  constructor(private readonly maintenance: MaintenanceService) {}

  async figuresFor(period: Period, label: string): Promise<Figure[]> {
    const figures = await this.maintenance.figuresFor(period);
    const figuresList = [
      countFigure(label, 'maintenance.received', '受理案件', figures.received, '件'),
      countFigure(label, 'maintenance.closed', '結案案件', figures.closed, '件'),
      countFigure(label, 'maintenance.backlog', '期末未結案件', figures.backlogAtEnd, '件'),
      countFigure(
        label,
        'maintenance.statutory_inspections',
        '完成法定設備檢查申報',
        figures.statutoryInspectionsCompleted,
        '件',
      ),
      countFigure(label, 'maintenance.fire_drills', '辦理自衛消防編組訓練', figures.fireDrillsHeld, '場'),
    ];
    if (figures.slaCompliancePercent !== null) {
      const percent = figures.slaCompliancePercent;
      figuresList.push({
        key: 'maintenance.sla_compliance',
        label: '時限內完修比率',
        value: percent,
        unit: '%',
        sentence: `${label}時限內完修比率${percent}%`,
      });
    }
    return figuresList;
  }
}
