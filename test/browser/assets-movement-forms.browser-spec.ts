import { assetPlaces, registerAsset } from '../e2e/assets-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

describeInBrowser('movement forms in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('assets-movement-forms');
  });
  afterAll(() => b?.close());

  it('an agency admin files a scrapping, the property officer rejects one and approves the other', async () => {
    const places = await assetPlaces(b.t);
    const broken = await registerAsset(b.t, places, { name: '故障筆電' });
    const old = await registerAsset(b.t, places, { name: '舊印表機' });

    const agency = await b.newUser();
    await b.signIn(agency, 'agency-admin');
    await agency.waitForURL((url) => !url.pathname.startsWith('/login'));
    await agency.goto('/property/movement-forms');
    const file = async (propertyNumber: string, reason: string) => {
      await agency.getByLabel('財產編號').fill(propertyNumber);
      await chooseOption(agency, '異動類別', '報廢');
      await agency.getByLabel('原因').fill(reason);
      await agency.getByRole('button', { name: '送出申請' }).click();
    };
    await file(broken.propertyNumber, '主機板故障無法修復');
    await agency.getByText(`已送出 ${broken.propertyNumber} 的異動申請。`).waitFor();
    await file(old.propertyNumber, '老舊');
    await agency.getByText(`已送出 ${old.propertyNumber} 的異動申請。`).waitFor();
    await file(old.propertyNumber, '再送一次');
    await agency.getByText('此財產已有一張待核的異動申請單，請待核定或撤回後再提出。').waitFor();
    await agency.locator('.ant-segmented-item', { hasText: '全部' }).click();
    await agency.locator('tr', { hasText: broken.propertyNumber }).getByText('下一關：財產管理人員').waitFor();
    await b.visited(agency, 'movement-forms-filed');

    const officer = await b.newUser();
    await b.signIn(officer, 'property');
    await officer.waitForURL((url) => !url.pathname.startsWith('/login'));
    await officer.goto('/property/movement-forms');
    const oldRow = officer.locator('tr', { hasText: old.propertyNumber });
    await oldRow.getByRole('button', { name: '核准' }).waitFor();
    await b.visited(officer, 'movement-forms-awaiting-officer');
    await oldRow.getByRole('button', { name: '退回' }).click();
    const dialog = officer.getByRole('dialog', { name: '退回申請單' });
    await dialog.getByRole('button', { name: '退回' }).click();
    await dialog.getByText('請填寫退回原因。').waitFor();
    // No visited() here: an open antd dialog pads the body by a scrollbar's width, which the overflow check counts.
    await dialog.getByLabel('退回原因').fill('尚可使用，請移作備品');
    await dialog.getByRole('button', { name: '退回' }).click();
    await officer.getByText('已退回申請單。').waitFor();

    await officer.locator('tr', { hasText: broken.propertyNumber }).getByRole('button', { name: '核准' }).click();
    await officer.getByText('已核准這一關。').waitFor();
    await officer.locator('.ant-segmented-item', { hasText: '全部' }).click();
    await officer.locator('tr', { hasText: broken.propertyNumber }).getByText('已核准（已除帳）').waitFor();
    await officer.locator('tr', { hasText: old.propertyNumber }).getByText('尚可使用，請移作備品').waitFor();
    await b.visited(officer, 'movement-forms-decided');

    await officer.goto(`/property/${broken.id}`);
    await officer.getByText('已報廢').first().waitFor();
  });
});
