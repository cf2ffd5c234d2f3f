import { assetPlaces } from '../e2e/assets-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

const PHONE = { width: 390, height: 844 };

interface TreeNode {
  id: string;
  name: string;
  kind: string;
  children: TreeNode[];
}

/** The full names the pages show for a location: `鳳山行政中心／前棟／1 樓／101`. */
function pathNames(nodes: TreeNode[], above = ''): Map<string, string> {
  const names = new Map<string, string>();
  for (const node of nodes) {
    const name = above ? `${above}／${node.name}` : node.name;
    names.set(node.id, name);
    for (const [id, child] of pathNames(node.children, name)) names.set(id, child);
  }
  return names;
}

describeInBrowser('the property officer in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('assets');
  });
  afterAll(() => b?.close());

  it('finds an asset in the register, runs a stocktake on a phone by typing numbers, and closes it', async () => {
    const places = await assetPlaces(b.t);
    const officer = `Bearer ${await b.t.login('property')}`;
    const register = async (name: string) =>
      (
        await b.t
          .http()
          .post('/assets')
          .set({ authorization: officer })
          .send({
            name,
            categoryCode: '3140101-03',
            acquisitionDate: '2022-03-15',
            acquisitionCost: 32000,
            custodianAgencyId: places.agencies.FINANCE,
            locationId: places.fengshanRoom,
            custodianName: '王小明',
          })
          .expect(201)
      ).body as { id: string; propertyNumber: string };
    const found = await register('會議室電腦');
    const moved = await register('秘書室電腦');
    const missing = await register('倉庫電腦');
    const tree = (await b.t.http().get('/locations/tree').set({ authorization: officer }).expect(200))
      .body as TreeNode[];
    const names = pathNames(tree);
    const fengshan = tree.find((site) => site.id === places.fengshan)!;

    const desk = await b.newUser();
    await b.signIn(desk, 'property');
    await desk.waitForURL((url) => !url.pathname.startsWith('/login'));
    await desk.goto('/property');
    await desk.getByLabel('搜尋').fill('秘書室');
    await desk.getByLabel('搜尋').press('Enter');
    await desk.getByRole('link', { name: moved.propertyNumber }).waitFor();
    await b.visited(desk, 'asset-register');
    await desk.getByRole('link', { name: moved.propertyNumber }).click();
    await desk.getByRole('heading', { name: '秘書室電腦' }).waitFor();
    await b.visited(desk, 'asset-page');

    await desk.goto('/property/stocktakes');
    await desk.getByLabel('行政中心').click();
    await desk.locator(`.ant-select-item-option[title="${fengshan.name}"]`).click();
    await desk.getByRole('button', { name: '建立盤點' }).click();
    await desk.waitForURL((url) => /\/property\/stocktakes\/[0-9a-f-]{36}$/.test(url.pathname));
    const stocktakePath = new URL(desk.url()).pathname;

    const phone = await b.newUser();
    await phone.setViewportSize(PHONE);
    await b.signIn(phone, 'property');
    await phone.waitForURL((url) => !url.pathname.startsWith('/login'));
    await phone.goto(stocktakePath);
    await phone.getByLabel('輸入財產編號').fill(found.propertyNumber);
    await phone.getByLabel('輸入財產編號').press('Enter');
    await phone.getByText(`已登錄 ${found.propertyNumber} 會議室電腦`).waitFor();
    await phone.getByLabel('輸入財產編號').fill('3140101-03-999999');
    await phone.getByLabel('輸入財產編號').press('Enter');
    await phone.getByText('這個財產編號不在本次盤點清單中。').waitFor();
    await b.visited(phone, 'asset-stocktake');

    const movedLine = phone.locator('.ant-list-item', { hasText: moved.propertyNumber });
    await movedLine.getByRole('button', { name: '地點不符' }).click();
    await movedLine.getByLabel('實際存置地點').click();
    // The option list is virtual: type to bring the room into it, as a user with many rooms would.
    await movedLine.getByLabel('實際存置地點').fill(names.get(places.fengshanOtherRoom)!);
    await phone.locator(`.ant-select-item-option[title="${names.get(places.fengshanOtherRoom)}"]`).click();
    await movedLine.getByLabel('實際保管人').fill('李小華');
    await movedLine.getByRole('button', { name: '登錄' }).click();
    await phone.locator('.ant-list-item', { hasText: moved.propertyNumber }).waitFor({ state: 'detached' });
    await phone
      .locator('.ant-list-item', { hasText: missing.propertyNumber })
      .getByRole('button', { name: '盤虧' })
      .click();
    await phone.getByText('全部財產都已盤點。').waitFor();
    await phone.getByRole('button', { name: '盤點結案' }).click();
    await phone.getByText('盤點已結案，財產清冊已依盤點結果更新。').waitFor();
    await b.visited(phone, 'asset-stocktake-closed');

    await desk.goto('/property');
    await desk.getByLabel('搜尋').fill(moved.propertyNumber);
    await desk.getByLabel('搜尋').press('Enter');
    const row = desk.locator('tr', { hasText: moved.propertyNumber });
    await row.getByText(names.get(places.fengshanOtherRoom)!).waitFor();
    await row.getByText('李小華').waitFor();
    await desk.getByLabel('搜尋').fill(missing.propertyNumber);
    await desk.getByLabel('搜尋').press('Enter');
    await desk.locator('tr', { hasText: missing.propertyNumber }).getByText('盤虧（待查）').waitFor();
  });
});
