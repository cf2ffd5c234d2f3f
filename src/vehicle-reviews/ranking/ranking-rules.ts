import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
  validateSync,
  ValidationError,
} from 'class-validator';
import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../config/project-root';
import { VEHICLE_REQUEST_KINDS, VehicleRequestKind } from '../vehicle-review-kinds';

/** The file the office edits when its ranking rule changes: data, not code. */
export const RANKING_RULES_FILE = 'config/vehicle-review-ranking.json';

export class AgencyGroupRule {
  @Matches(/^[a-z_]+$/) key: string;
  @IsString() @IsNotEmpty() @MaxLength(20) label: string;
  @IsArray() @IsString({ each: true }) agencyCodes: string[];
}

export class OverAgeRule {
  @IsIn(VEHICLE_REQUEST_KINDS) kind: VehicleRequestKind;
  @IsInt() @Min(1) years: number;
  @IsInt() @Min(1) km: number;
}

/** One step of the ranking: a line matching every condition given ranks here. */
export class PriorityRule {
  @IsString() @IsNotEmpty() @MaxLength(40) label: string;
  @IsOptional() @IsArray() @IsString({ each: true }) agencyGroups?: string[];
  @IsOptional() @IsArray() @IsIn(VEHICLE_REQUEST_KINDS, { each: true }) kinds?: VehicleRequestKind[];
  @IsOptional() @IsBoolean() overAgeOnly?: boolean;
}

export class RankingRules {
  @IsString() source: string;
  @ValidateNested({ each: true }) @Type(() => AgencyGroupRule) agencyGroups: AgencyGroupRule[];
  @IsString() @IsNotEmpty() othersLabel: string;
  @ValidateNested({ each: true }) @Type(() => OverAgeRule) overAge: OverAgeRule[];
  @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => PriorityRule) priorities: PriorityRule[];
  @IsString() @IsNotEmpty() otherwiseLabel: string;
}

function describe(errors: ValidationError[], parent: string): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.children?.length) return describe(error.children, path);
    return [`${path}: ${Object.values(error.constraints ?? {}).join(', ')}`];
  });
}

/** Reads and checks the ranking rules; a bad file stops the boot with the key at fault named. */
export function loadRankingRules(file = RANKING_RULES_FILE): RankingRules {
  const rules = plainToInstance(RankingRules, JSON.parse(readFileSync(fromProjectRoot(file), 'utf8')) as object);
  const errors = describe(validateSync(rules, { whitelist: true, forbidNonWhitelisted: true }), '');
  const groupKeys = new Set(rules.agencyGroups?.map((group) => group.key));
  for (const [index, priority] of (rules.priorities ?? []).entries())
    for (const group of priority.agencyGroups ?? [])
      if (!groupKeys.has(group)) errors.push(`priorities.${index}.agencyGroups: unknown group ${group}`);
  if (errors.length) throw new Error(`${file} is invalid: ${errors.join('; ')}`);
  return rules;
}
