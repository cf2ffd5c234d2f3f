import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

const PHONE = { width: 390, height: 844 };

describeInBrowser('the dormitory manager winds down a family dormitory in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('family-dormitories');
  });
  afterAll(() => b?.close());

  it('records a clearance step (a backdated one refused on its field) and a lawsuit hearing', async () => {
    const manager = { authorization: `Bearer ${await b.t.login('dormitory')}` };
    const dormitory = await b.t
      .http()
      .post('/dormitories')
      .set(manager)
      .send({
        code: 'DM-FB-01',
        name: '凱旋眷舍',
        address: '高雄市前鎮區凱旋三路18巷2號',
        type: 'family',
        status: 'vacant',
      })
      .expect(201);
    const dormitoryId = dormitory.body.id as string;
    await b.t
      .http()
      .post('/dormitory-clearances')
      .set(manager)
      .send({
        dormitoryId,
        occupantName: '林淑芬',
        noticeOn: '2026-03-02',
        noticeDocumentNumber: '高市府秘總字第11530012300號',
        deadlineOn: '2026-06-30',
      })
      .expect(201);
    const lawsuit = await b.t
      .http()
      .post('/dormitory-lawsuits')
      .set(manager)
      .send({
        dormitoryId,
        caseNumber: '115年度訴字第318號',
        court: '臺灣高雄地方法院',
        defendantName: '陳志明',
        filedOn: '2026-02-10',
      })
      .expect(201);
    await b.t
      .http()
      .post('/dormitory-loans')
      .set(manager)
      .send({
        dormitoryId,
        propertyKind: 'land',
        borrowerAgency: '前鎮區公所',
        purpose: '空地綠美化',
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
      })
      .expect(201);

    const desk = await b.newUser();
    await b.signIn(desk, 'dormitory');
    await desk.waitForURL((url) => !url.pathname.startsWith('/login'));
    await desk.goto('/dorms/clearances');
    const handover = desk.getByRole('form', { name: '登錄下一步驟：點交' });
    await handover.getByLabel('點交日期').click();
    await handover.getByLabel('點交日期').fill('115/03/01');
    await handover.getByLabel('點交日期').press('Enter');
    await handover.getByRole('button', { name: '登錄點交' }).click();
    await handover.getByText('此步驟的日期不得早於前一步驟的日期。').waitFor();
    await b.visited(desk, 'clearance-step-refused');

    await handover.getByLabel('點交日期').click();
    await handover.getByLabel('點交日期').fill('115/05/20');
    await handover.getByLabel('點交日期').press('Enter');
    await handover.getByRole('button', { name: '登錄點交' }).click();
    await desk.getByRole('form', { name: '登錄下一步驟：拆除' }).waitFor();
    const [clearance] = await b.t.sql<{ status: string; handed_over_on: string }>(
      "SELECT status, to_char(handed_over_on, 'YYYY-MM-DD') AS handed_over_on FROM dormitory_clearances WHERE dormitory_id = $1",
      [dormitoryId],
    );
    expect(clearance).toEqual({ status: 'handed_over', handed_over_on: '2026-05-20' });
    await b.visited(desk, 'clearance-handed-over');

    await desk.goto('/dorms/loans');
    await desk.getByText('前鎮區公所').waitFor();
    await b.visited(desk, 'loans');

    const phone = await b.newUser();
    await phone.setViewportSize(PHONE);
    await b.signIn(phone, 'dormitory');
    await phone.waitForURL((url) => !url.pathname.startsWith('/login'));
    await phone.goto('/dorms/lawsuits');
    await phone.getByRole('link', { name: '115年度訴字第318號' }).click();
    await phone.waitForURL(`**/dorms/lawsuits/${lawsuit.body.id as string}`);
    const hearing = phone.getByRole('form', { name: '登錄開庭' });
    await hearing.getByLabel('備註').fill('準備程序');
    await hearing.getByLabel('開庭日').click();
    await hearing.getByLabel('開庭日').fill('115/04/15');
    await hearing.getByLabel('開庭日').press('Enter');
    await hearing.getByRole('button', { name: '登錄開庭' }).click();
    await phone.getByText('已登錄開庭。').waitFor();
    const hearings = await b.t.sql<{ held_on: string; stage: string }>(
      "SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on, stage FROM dormitory_lawsuit_hearings WHERE lawsuit_id = $1",
      [lawsuit.body.id],
    );
    expect(hearings).toEqual([{ held_on: '2026-04-15', stage: 'first_instance' }]);
    await b.visited(phone, 'lawsuit-hearing');

    await phone.locator('input[type=file]').setInputFiles({
      name: '起訴狀.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    });
    await phone.getByText('已上傳文件。').waitFor();
    await phone.getByRole('link', { name: '起訴狀.pdf' }).waitFor();
    await b.visited(phone, 'lawsuit-document');
  }, 240_000);
});
