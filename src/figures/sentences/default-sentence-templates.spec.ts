import { DEFAULT_SENTENCE_TEMPLATES } from './default-sentence-templates';
import { compileTemplate } from './fill-template';

const YEAR_112 = { rocYear: 112, period: '112年度', periodYear: '112年' };

const fill = (template: string, values: Record<string, string | number>) =>
  compileTemplate(template)((name) => values[name]);

function sentence(key: string, values: Record<string, string | number>): string {
  return fill(DEFAULT_SENTENCE_TEMPLATES[key].text, { ...YEAR_112, ...values });
}

describe('the default sentence templates', () => {
  it('print the 112 report word for word', () => {
    expect(sentence('maintenance.received', { count: 1059 })).toBe('112年度受理案件計1,059件');
    expect(
      sentence('dormitories.managed', {
        count: 44,
        headResidence: 3,
        multiRoomStaff: 32,
        singleRoomStaff: 6,
        family: 3,
      }),
    ).toBe('經管市有宿舍44間，包括首長宿舍3間、多房間職務宿舍32間、單房間職務宿舍6間及眷舍3間');
    expect(sentence('dormitories.verifications', { count: 2, months: '6、12' })).toBe(
      '每年辦理2次宿舍居住事實查考作業，分別於6、12月辦理完成',
    );
    expect(sentence('fleet.trips', { count: 1217 })).toBe('112年度於線上申請派遣公務車（含禮賓車）計1,217車次');
    expect(
      sentence('vehicle_reviews.approved', {
        budgetYear: '113',
        cars: 25,
        motorcycles: 39,
        specialVehicles: 412,
        leaseRenewals: 75,
        amount: '56,785.1',
      }),
    ).toBe(
      '辦理113年度購置公務車輛先期審查作業，共計核列汽車25輛、機車39輛、特種車412輛及續租75輛等，經費合計56,785.1萬元',
    );
    expect(sentence('parking.issued', { count: 10033 })).toBe('112年核發公務臨時停車證10,033張');
    expect(sentence('maintenance.fire_drills', { centers: '四維、鳳山行政中心', perCenter: 2 })).toBe(
      '辦理四維、鳳山行政中心辦公大樓場域112年度自衛消防編組訓練各2次',
    );
  });

  it('say 本期 for a council session', () => {
    expect(fill(DEFAULT_SENTENCE_TEMPLATES['parking.issued'].text, { periodYear: '本期', count: 8660 })).toBe(
      '本期核發公務臨時停車證8,660張',
    );
  });
});
