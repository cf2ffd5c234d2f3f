import { assetPlaces, registerAsset } from '../e2e/assets-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

const PHONE = { width: 390, height: 844 };

describeInBrowser('stocktake discrepancies in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('assets-stocktake-discrepancies');
  });
  afterAll(() => b?.close());

  it('records a damaged asset and a surplus item on a phone, closes, and adds the surplus to the register', async () => {
    const places = await assetPlaces(b.t);
    const officer = `Bearer ${await b.t.login('property')}`;
    const screen = await registerAsset(b.t, places, { locationId: places.fengshanRoom, name: '會議室投影幕' });
    const opened = await b.t
      .http()
      .post('/asset-stocktakes')
      .set({ authorization: officer })
      .send({ rocYear: 114, scope: 'center', siteId: places.fengshan })
      .expect(201);

    const phone = await b.newUser();
    await phone.setViewportSize(PHONE);
    await b.signIn(phone, 'property');
    await phone.waitForURL((url) => !url.pathname.startsWith('/login'));
    await phone.goto(`/property/stocktakes/${opened.body.id as string}`);
    const line = phone.locator('.ant-list-item', { hasText: screen.propertyNumber });
    await line.getByRole('button', { name: '損壞' }).click();
    await line.getByRole('button', { name: '登錄' }).click();
    await line.getByText('請說明損壞情形。').waitFor();
    await line.getByLabel('損壞情形').fill('布幕破損');
    await line.getByRole('button', { name: '登錄' }).click();
    await phone.getByText('全部財產都已盤點。').waitFor();

    await phone.getByLabel('物品名稱').fill('無標籤投影機');
    await phone.getByLabel('發現地點').click();
    await phone.locator('.ant-select-item-option').first().click();
    await phone.getByRole('button', { name: '登錄盤盈' }).click();
    await phone.getByText('已登錄盤盈：無標籤投影機').waitFor();
    await phone.getByText('盤虧 0 件、地點不符 0 件、損壞 1 件、盤盈 1 件').waitFor();
    await b.visited(phone, 'stocktake-damaged-surplus');

    await phone.getByRole('button', { name: '盤點結案' }).click();
    await phone.getByText('盤點已結案，財產清冊已依盤點結果更新。').waitFor();
    await phone.getByRole('button', { name: '列入財產清冊' }).click();
    await phone.getByLabel('分類編號').fill('3140302-01');
    await phone.getByLabel('取得日期').fill('112/03/05');
    await phone.getByLabel('取得日期').press('Enter');
    await phone.getByLabel('取得金額（元）').fill('15000');
    await chooseOption(phone, '保管機關', '財政局');
    await phone.getByRole('button', { name: '登記' }).click();
    await phone.getByText('已列入財產清冊').waitFor();
    await b.visited(phone, 'stocktake-surplus-registered');
    const rows = await b.t.sql<{ name: string }>("SELECT name FROM assets WHERE name = '無標籤投影機'");
    expect(rows).toEqual([{ name: '無標籤投影機' }]);
  });
});
