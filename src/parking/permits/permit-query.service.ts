import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { readPlate } from '../../common/plates/taiwan-plate';
import { formatRocDate, taipeiDate } from '../../common/time';
import { Actor } from '../../identity/actor';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { InvalidPlateError } from '../parking.errors';
import { GuardCheckView, PermitQuery, VerificationView } from './dto/permit.dto';
import { ParkingPermit, PERMIT_STATUS_LABELS } from './parking-permit.entity';
import { dayStart } from './permit-days';

/** Normalises a plate typed in a search box, whatever vehicle type its format belongs to. */
function searchablePlate(text: string): string {
  const plate = readPlate(text);
  if (!plate.ok) throw new InvalidPlateError(plate);
  return plate.plate;
}

function isValidOn(permit: Pick<ParkingPermit, 'status' | 'validFrom' | 'validTo'>, today: string): boolean {
  return permit.status === 'active' && permit.validFrom <= today && today <= permit.validTo;
}

const VERIFY_SQL = `SELECT p.status, p.plate, p.valid_from::text AS "validFrom", p.valid_to::text AS "validTo", l.code AS "lotCode", l.name AS "lotName"
  FROM parking_permits p JOIN parking_lots l ON l.id = p.lot_id WHERE p.verification_token = $1`;

type VerifiedPermit = Pick<ParkingPermit, 'status' | 'plate' | 'validFrom' | 'validTo'> & {
  lotCode: string;
  lotName: string;
};

/** Officers' look-ups, the guard's plate check and the public verification of a printed permit. */
@Injectable()
export class PermitQueryService {
  constructor(
    @InjectRepository(ParkingPermit) private readonly permits: Repository<ParkingPermit>,
    private readonly lots: ParkingLotsService,
  ) {}

  async list(actor: Actor, query: PermitQuery): Promise<Page<ParkingPermit>> {
    const builder = this.permits.createQueryBuilder('permit');
    const visibleLotIds = await this.lots.lotIdsVisibleTo(actor);
    if (visibleLotIds) builder.andWhere('permit.lot_id = ANY(:visibleLotIds::uuid[])', { visibleLotIds });
    if (query.lotCode)
      builder.andWhere('permit.lot_id = :lotId', { lotId: (await this.lots.getByCode(query.lotCode)).id });
    if (query.plate) builder.andWhere('permit.plate = :plate', { plate: searchablePlate(query.plate) });
    if (query.serial) builder.andWhere('permit.serial = :serial', { serial: query.serial.trim().toUpperCase() });
    if (query.status) builder.andWhere('permit.status = :status', { status: query.status });
    if (query.activeOn)
      builder.andWhere(':activeOn::date BETWEEN permit.valid_from AND permit.valid_to', { activeOn: query.activeOn });
    if (query.visitor) {
      const pattern = `%${query.visitor.replace(/[%_\\]/g, '\\$&')}%`;
      builder.andWhere('(permit.visitor_name ILIKE :pattern OR permit.visitor_phone ILIKE :pattern)', { pattern });
    }
    return keysetPage(
      builder,
      { sortColumn: 'permit.issued_at', sortKey: 'issuedAt', idColumn: 'permit.id', direction: 'DESC' },
      query,
    );
  }

  /** A permit of a lot the actor works at; any other is reported as not found. */
  async getVisible(actor: Actor, id: string): Promise<ParkingPermit> {
    const permit = await this.permits.findOneBy({ id });
    const visibleLotIds = await this.lots.lotIdsVisibleTo(actor);
    if (!permit || (visibleLotIds && !visibleLotIds.includes(permit.lotId)))
      throw new NotFoundError('parking_permit', id);
    return permit;
  }

  async tokenOf(permitId: string): Promise<string> {
    const row = await this.permits.findOneOrFail({
      where: { id: permitId },
      select: { id: true, verificationToken: true },
    });
    return row.verificationToken;
  }

  /** "Plate X at lot Y now: valid until … / no valid permit", for the guard at the gate. */
  async guardCheck(lotCode: string, plateText: string): Promise<GuardCheckView> {
    const lot = await this.lots.getByCode(lotCode);
    const plate = searchablePlate(plateText);
    const today = taipeiDate(new Date());
    const permit = await this.permits
      .createQueryBuilder('permit')
      .where("permit.lot_id = :lotId AND permit.plate = :plate AND permit.status = 'active'", { lotId: lot.id, plate })
      .andWhere('permit.valid_from <= :today AND permit.valid_to >= :today', { today })
      .getOne();
    const message = permit
      ? `${plate} 在 ${lot.name}：有效至 ${formatRocDate(dayStart(permit.validTo))}（證號 ${permit.serial}）`
      : `${plate} 在 ${lot.name}：無有效停車證`;
    return {
      lotCode: lot.code,
      plate,
      valid: Boolean(permit),
      validUntil: permit?.validTo ?? null,
      serial: permit?.serial ?? null,
      message,
    };
  }

  /** What the QR code opens: valid or not right now, and nothing about the visitor. */
  /** One lean query: this is the public, rate-limited path a guard's phone hits. */
  async findVerification(token: string): Promise<VerificationView | null> {
    const [permit] = (await this.permits.query(VERIFY_SQL, [token])) as VerifiedPermit[];
    if (!permit) return null;
    const today = taipeiDate(new Date());
    const valid = isValidOn(permit, today);
    const expired = permit.status === 'expired' || (permit.status === 'active' && permit.validTo < today);
    const statusLabel = valid
      ? PERMIT_STATUS_LABELS.active
      : expired
        ? PERMIT_STATUS_LABELS.expired
        : permit.status === 'revoked'
          ? PERMIT_STATUS_LABELS.revoked
          : '尚未生效';
    return {
      valid,
      statusLabel,
      lotCode: permit.lotCode,
      lotName: permit.lotName,
      plate: permit.plate,
      validFrom: permit.validFrom,
      validTo: permit.validTo,
      validity: `${formatRocDate(dayStart(permit.validFrom))} 至 ${formatRocDate(dayStart(permit.validTo))}`,
    };
  }
}
