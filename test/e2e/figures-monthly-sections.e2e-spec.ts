import { FigureCount } from '../../src/common/figures/figures-provider';
import { rocYearRange } from '../../src/common/time';
import { FiguresService } from '../../src/figures/figures.service';
import { statementsDuring } from '../support/sent-statements';
import { startTestApp, TestApp } from '../support/test-app';
import {
  assetPlaces,
  AssetTestContext,
  moveAssetByForm,
  registerAsset,
  registerIdleAsset,
  SLOW_HOOK_MS,
} from './assets-fixtures';
import { expectComposedEqualsLive } from './figures-fixtures';
import { createDriver, createVehicle } from './fleet-fixtures';
import { csvUpload } from './historical-import-fixtures';

const CAR_TRIP_HEADINGS = '車次編號,用車時間,歸還時間,申請機關,申請人,事由,目的地,車號,駕駛,出車里程,回場里程';
const VENUE_HEADINGS = '場地,使用日期,開始時間,結束時間,申請機關,活動名稱,活動類型,參加人數';

/**
 * The fleet, venue and property figures compose from kept months as the tickets' and permits' do
 * (figures-monthly): each must equal the live count over any period, also after late corrections to
 * every table whose rows they count or join to.
 */
describe('fleet, venue and property figures composed from kept months', () => {
  let t: TestApp;
  let sedan: string;
  const assets = {} as AssetTestContext;
  const year112 = rocYearRange(112);
  const figuresOf112 = async () => {
    const figures = await t.app.get(FiguresService).counts(year112);
    return (key: string) => figures.find((figure: FigureCount) => figure.key === key)?.value;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin');
    const post = (path: string, body: object) => t.http().post(path).auth(admin, { type: 'bearer' }).send(body);
    sedan = (await createVehicle(t)).plate;
    const vipVan = (await createVehicle(t, { vehicleClass: 'vip_van', seats: 9 })).plate;
    await createDriver(t, 'chen');
    await post(
      '/imports/car_trips',
      csvUpload('112年派車紀錄.csv', CAR_TRIP_HEADINGS, [
        `T001,112/03/05 08:00,112/03/05 12:00,財政局,王小明,會勘,鳳山行政中心,${sedan},駕駛chen,10000,10050`,
        `T001,112/03/05 08:30,112/03/05 11:00,民政局,李大華,開會,鳳山行政中心,${sedan},駕駛chen,,`,
        `,112/06/10 09:00,112/06/10 17:00,教育局,張三,接待外賓,高雄市議會,${vipVan},駕駛chen,20000,20040`,
        `,112/12/31 22:00,113/01/01 01:00,教育局,林四,跨年活動,夢時代,${sedan},駕駛chen,10100,10130`,
      ]),
    ).expect(200);
    await post(
      '/imports/venue_bookings',
      csvUpload('112年場地借用.csv', VENUE_HEADINGS, [
        'SW-AUD,112/03/05,09:00,12:00,財政局,防災宣導講座,宣導活動,300',
        'SW-ATRIUM,112/05/01,10:00,16:00,民政局,市政成果展,展覽,',
        'SW-MPR,112/06/10,13:00,15:00,教育局,年度預算說明會,會議,70',
        'FS-F201,112/07/01,10:00,11:00,財政局,採購案評選會議,會議,10',
      ]),
    ).expect(200);
    Object.assign(assets, { t, places: await assetPlaces(t), officer: await t.login('property') });
    await registerAsset(t, assets.places, { acquisitionDate: '2023-03-15', name: '會議桌' });
    const sold = await registerIdleAsset(t, assets.places, { acquisitionDate: '2023-01-20' });
    await moveAssetByForm(assets, sold.id, 'sale', { proceeds: 6500 }, '2023-09-10');
    await closeStocktakeIn112();
  }, SLOW_HOOK_MS);
  afterAll(() => t.close());

  /** A stocktake of the Fengshan center's one asset, closed, and dated back to November 112. */
  async function closeStocktakeIn112(): Promise<void> {
    const { officer, places } = assets;
    const counted = await registerAsset(t, places, { locationId: places.fengshanRoom, name: '投影機' });
    const opened = await t
      .http()
      .post('/asset-stocktakes')
      .auth(officer, { type: 'bearer' })
      .send({ rocYear: 112, scope: 'center', siteId: places.fengshan })
      .expect(201);
    await t
      .http()
      .put(`/asset-stocktakes/${opened.body.id}/lines/${counted.id}`)
      .auth(officer, { type: 'bearer' })
      .send({ result: 'found' })
      .expect(200);
    await t.http().post(`/asset-stocktakes/${opened.body.id}/close`).auth(officer, { type: 'bearer' }).expect(200);
    await t.sql(`UPDATE asset_stocktakes SET closed_at = '2023-11-20T02:00:00Z' WHERE id = $1`, [opened.body.id]);
  }

  it('gives every figure as the live count does, with 112 counted from what was imported and registered', async () => {
    await expectComposedEqualsLive(t);
    const figure = await figuresOf112();
    expect({
      trips: figure('fleet.trips'),
      vipTrips: figure('fleet.trips.vip'),
      bookings: figure('fleet.bookings'),
      km: figure('fleet.km'),
      publicOpenings: figure('venues.public_openings.SW'),
      roomBookings: figure('venues.room_bookings.FS'),
      added: figure('assets.added'),
      sold: figure('assets.sold'),
      stocktakes: figure('assets.stocktakes'),
    }).toEqual({
      trips: 3,
      vipTrips: 1,
      bookings: 4,
      km: 120,
      publicOpenings: 2,
      roomBookings: 1,
      added: 2,
      sold: 1,
      stocktakes: 1,
    });
  });

  it('reads a closed year from its kept months, without reading a booking, a trip or the register', async () => {
    await t.app.get(FiguresService).counts(year112);
    const statements = await statementsDuring(() => t.app.get(FiguresService).counts(year112));
    expect(statements.filter((text) => /fleet_(bookings|trips)|venue_bookings|\bassets\b|asset_/.test(text))).toEqual(
      [],
    );
  });

  it('counts closed months again after late corrections to bookings, trips, vehicles, spaces and the register', async () => {
    await t.app.get(FiguresService).counts(year112);
    await t.sql(`UPDATE fleet_vehicles SET vehicle_class = 'vip_van' WHERE plate = $1`, [sedan]);
    await t.sql(`UPDATE fleet_trips SET odometer_in_km = odometer_in_km + 100 WHERE odometer_out_km = 20000`);
    await t.sql(`UPDATE fleet_bookings SET state = 'cancelled' WHERE purpose = '跨年活動'`);
    await t.sql(`UPDATE venue_spaces SET kind = 'meeting_room' WHERE code = 'SW-AUD'`);
    await t.sql(`UPDATE venue_bookings SET attendees = attendees + 5 WHERE title = '年度預算說明會'`);
    await t.sql(`UPDATE assets SET acquisition_date = '2021-03-15' WHERE name = '會議桌'`);
    await t.sql(`UPDATE asset_movements SET occurred_on = '2022-09-10' WHERE kind = 'sale'`);
    await t.sql(`UPDATE asset_stocktakes SET closed_at = '2024-01-05T02:00:00Z'`);
    await expectComposedEqualsLive(t);
    const figure = await figuresOf112();
    expect({
      vipTrips: figure('fleet.trips.vip'),
      km: figure('fleet.km'),
      cancelled: figure('fleet.cancelled'),
      publicOpenings: figure('venues.public_openings.SW'),
      added: figure('assets.added'),
      sold: figure('assets.sold'),
      stocktakes: figure('assets.stocktakes'),
    }).toEqual({ vipTrips: 2, km: 220, cancelled: 1, publicOpenings: 1, added: 1, sold: 0, stocktakes: 0 });
  });
});
