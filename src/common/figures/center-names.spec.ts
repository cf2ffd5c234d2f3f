import { joinCenterNames } from './center-names';

describe('joinCenterNames', () => {
  it('names both centers the way the report does', () => {
    expect(joinCenterNames(['四維行政中心', '鳳山行政中心'])).toBe('四維、鳳山行政中心');
  });

  it('lists other names as they are', () => {
    expect(joinCenterNames(['四維行政中心', '市府大樓'])).toBe('四維行政中心、市府大樓');
    expect(joinCenterNames([])).toBe('');
  });
});
