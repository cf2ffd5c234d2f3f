import { joinCenterNames, perCenterFigures } from './per-center-figures';

describe('joinCenterNames', () => {
  it('names both centers the way the report does', () => {
    expect(joinCenterNames(['四維行政中心', '鳳山行政中心'])).toBe('四維、鳳山行政中心');
  });

  it('lists other names as they are', () => {
    expect(joinCenterNames(['四維行政中心', '市府大樓'])).toBe('四維行政中心、市府大樓');
    expect(joinCenterNames([])).toBe('');
  });
});

describe('perCenterFigures', () => {
  const drills = { key: 'maintenance.fire_drills', label: '自衛消防編組訓練', unit: '次' };

  it('gives the total with the centers and their count, then one figure per center', () => {
    const figures = perCenterFigures(drills, [
      { code: 'SW', name: '四維行政中心', count: 2 },
      { code: 'FS', name: '鳳山行政中心', count: 2 },
    ]);
    expect(figures[0]).toEqual({ ...drills, value: 4, params: { centers: '四維、鳳山行政中心', perCenter: '2' } });
    expect(figures[2]).toEqual({
      key: 'maintenance.fire_drills.FS',
      template: 'maintenance.fire_drills_of_center',
      label: '鳳山行政中心自衛消防編組訓練',
      value: 2,
      unit: '次',
      params: { center: '鳳山行政中心' },
    });
  });

  it('lists the distinct counts when the centers differ, and 0 when there is none', () => {
    const uneven = perCenterFigures(drills, [
      { code: 'SW', name: '四維行政中心', count: 2 },
      { code: 'FS', name: '鳳山行政中心', count: 1 },
    ]);
    expect(uneven[0].params).toEqual({ centers: '四維、鳳山行政中心', perCenter: '2、1' });
    expect(perCenterFigures(drills, [])[0]).toMatchObject({ value: 0, params: { centers: '', perCenter: '0' } });
  });
});
