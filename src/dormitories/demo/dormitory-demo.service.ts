import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { taipeiDate } from '../../common/time';
import { Actor } from '../../identity/actor';
import { DormitoryAssignmentsService } from '../assignments/dormitory-assignments.service';
import { DormitoriesService } from '../registry/dormitories.service';
import { DormitoryUnit } from '../registry/dormitory-unit.entity';
import { FamilyDormitoryDemoService } from './family-dormitory-demo.service';

const SURNAMES = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭'];
const GIVEN_NAMES = ['志明', '淑芬', '建宏', '美玲', '俊傑', '雅婷', '家豪', '怡君', '冠宇', '佩珊'];
const DAY_MS = 86_400_000;

/**
 * Demo dormitories: the city's dormitories (the registry's own demo set) with occupants in three
 * of every four units of those in use, assigned through the assignments service and its rules,
 * and the family dormitories' clearance, lawsuit and loan.
 */
@Injectable()
export class DormitoryDemoService {
  constructor(
    private readonly dormitories: DormitoriesService,
    private readonly assignments: DormitoryAssignmentsService,
    @InjectRepository(DormitoryUnit) private readonly units: Repository<DormitoryUnit>,
    private readonly familyDormitories: FamilyDormitoryDemoService,
  ) {}

  async load(
    actor: Actor,
    occupantAgencyIds: string[],
  ): Promise<{ dormitories: number; occupants: number; clearances: number; lawsuits: number; loans: number }> {
    const dormitories = await this.dormitories.seedDemo();
    const units = await this.units
      .createQueryBuilder('unit')
      .innerJoin('unit.dormitory', 'dormitory')
      .where("dormitory.status = 'in_use'")
      .orderBy('dormitory.code')
      .addOrderBy('unit.code')
      .getMany();
    let occupants = 0;
    for (const [index, unit] of units.entries()) {
      if (index % 4 === 3) continue;
      await this.assignments.create(actor, {
        unitId: unit.id,
        occupantName: `${SURNAMES[index % SURNAMES.length]}${GIVEN_NAMES[(index * 7) % GIVEN_NAMES.length]}`,
        occupantAgencyId: occupantAgencyIds[index % occupantAgencyIds.length],
        startsOn: taipeiDate(new Date(Date.now() - (60 + index * 23) * DAY_MS)),
      });
      occupants++;
    }
    const windingDown = dormitories
      ? await this.familyDormitories.load(actor)
      : { clearances: 0, lawsuits: 0, loans: 0 };
    return { dormitories, occupants, ...windingDown };
  }
}
