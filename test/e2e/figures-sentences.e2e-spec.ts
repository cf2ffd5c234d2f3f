import { startTestApp, TestApp } from '../support/test-app';

interface Section {
  figures: { key: string; sentence: string }[];
}

const MANAGED = 'dormitories.managed';

describe('figures: the report sentences as editable templates', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const sentenceOf = async (key: string, query: string) => {
    const response = await t.http().get(`/figures?${query}`).auth(admin, { type: 'bearer' }).expect(200);
    return (response.body.sections as Section[]).flatMap((section) => section.figures).find((f) => f.key === key)
      ?.sentence;
  };

  it('lists every template with its default wording and placeholders to report viewers', async () => {
    const response = await t
      .http()
      .get('/figures/sentence-templates')
      .auth(await t.login('reports'), { type: 'bearer' })
      .expect(200);
    expect(response.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'parking.issued',
          text: '{periodYear}核發公務臨時停車證{count}張',
          edited: false,
          placeholders: ['rocYear', 'period', 'periodYear', 'count', 'label', 'unit'],
        }),
      ]),
    );
    await t
      .http()
      .get('/figures/sentence-templates')
      .auth(await t.login('requester'), { type: 'bearer' })
      .expect(403);
  });

  it('lets an admin reword a sentence (the 111 report), audits it, and restores the default', async () => {
    expect(await sentenceOf(MANAGED, 'rocYear=111')).toBe(
      '經管市有宿舍0間，包括首長宿舍0間、多房間職務宿舍0間、單房間職務宿舍0間及眷舍0間',
    );
    const text =
      '經管市有宿舍{count}間，包括首長職務宿舍{headResidence}間、多房間職務宿舍{multiRoomStaff}間、單房間職務宿舍{singleRoomStaff}間及眷舍{family}間';
    const edited = await t
      .http()
      .put(`/figures/sentence-templates/${MANAGED}`)
      .auth(admin, { type: 'bearer' })
      .send({ text })
      .expect(200);
    expect(edited.body).toMatchObject({ text, edited: true, version: 1, updatedByName: expect.any(String) });
    expect(await sentenceOf(MANAGED, 'rocYear=111')).toBe(
      '經管市有宿舍0間，包括首長職務宿舍0間、多房間職務宿舍0間、單房間職務宿舍0間及眷舍0間',
    );
    const stale = await t
      .http()
      .put(`/figures/sentence-templates/${MANAGED}`)
      .auth(admin, { type: 'bearer' })
      .send({ text, version: 7 })
      .expect(409);
    expect(stale.body.code).toBe('figure_sentence_template.stale_version');

    await t.http().delete(`/figures/sentence-templates/${MANAGED}`).auth(admin, { type: 'bearer' }).expect(200);
    expect(await sentenceOf(MANAGED, 'rocYear=111')).toMatch(/^經管市有宿舍0間，包括首長宿舍0間/);
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'figure_sentence_template' AND entity_id = $1 ORDER BY occurred_at",
      [MANAGED],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['update', 'reset']);
  });

  it('says 本期 for a council session through the period placeholders', async () => {
    expect(await sentenceOf('parking.issued', 'from=2022-02-01&to=2022-06-30')).toBe('本期核發公務臨時停車證0張');
    expect(await sentenceOf('maintenance.received', 'rocYear=111&month=3')).toBe('111年3月受理案件計0件');
  });

  it('refuses unknown placeholders field by field, unknown templates, blank text and non-admins', async () => {
    const refused = await t
      .http()
      .put('/figures/sentence-templates/parking.issued')
      .auth(admin, { type: 'bearer' })
      .send({ text: '{periodYear}核發{lot}停車證{total}張' })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'figures.unknown_placeholder',
      details: {
        fields: [
          { field: 'text', code: 'figures.unknown_placeholder', params: { placeholder: 'lot' } },
          { field: 'text', code: 'figures.unknown_placeholder', params: { placeholder: 'total' } },
        ],
      },
    });
    await t
      .http()
      .put('/figures/sentence-templates/no.such')
      .auth(admin, { type: 'bearer' })
      .send({ text: '{count}' })
      .expect(404);
    await t
      .http()
      .put('/figures/sentence-templates/parking.issued')
      .auth(admin, { type: 'bearer' })
      .send({ text: '   ' })
      .expect(400);
    await t
      .http()
      .put('/figures/sentence-templates/parking.issued')
      .auth(await t.login('reports'), { type: 'bearer' })
      .send({ text: '{count}' })
      .expect(403);
  });
});
