import { LocationTreeNode } from './dto/location.dto';
import { placeLabel, placeNamesOf } from './place-names';

const node = (id: string, code: string, name: string, children: LocationTreeNode[] = [], active = true) =>
  ({ id, code, name, active, children }) as LocationTreeNode;

describe('place names', () => {
  it('leaves out a name the next one repeats, and keeps the rest in order', () => {
    expect(placeLabel(['四維行政中心', '四維行政中心大樓', '7樓', '第一會議室'])).toBe(
      '四維行政中心大樓 7樓 第一會議室',
    );
    expect(placeLabel(['鳳山行政中心', '第一辦公大樓', '1樓'])).toBe('鳳山行政中心 第一辦公大樓 1樓');
    expect(placeLabel(['四維行政中心'])).toBe('四維行政中心');
  });

  it('names every location of the tree with its center, its paths, and whether it and all above it are in use', () => {
    const tree = [
      node('s', 'SW', '四維行政中心', [
        node('b', 'A', '四維行政中心大樓', [node('f', '7F', '7樓', [node('r', '701', '701室')])], false),
      ]),
    ];
    expect(placeNamesOf(tree).get('r')).toEqual({
      siteId: 's',
      siteName: '四維行政中心',
      label: '四維行政中心大樓 7樓 701室',
      namePath: '四維行政中心 四維行政中心大樓 7樓 701室',
      codePath: 'SW-A-7F-701',
      active: false,
    });
    expect(placeNamesOf(tree).get('s')).toMatchObject({ label: '四維行政中心', active: true });
  });
});
