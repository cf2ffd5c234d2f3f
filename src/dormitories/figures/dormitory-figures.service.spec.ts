import { dormitorySentence } from './dormitory-figures.service';

describe('dormitorySentence', () => {
  it('writes the count the way the yearly report does', () => {
    expect(
      dormitorySentence({ head_residence: 3, multi_room_staff: 32, single_room_staff: 6, family: 3, total: 44 }),
    ).toBe('經管市有宿舍44間，包括首長宿舍3間、多房間職務宿舍32間、單房間職務宿舍6間及眷舍3間');
  });
});
