import { CreateDormitoryDto } from './dto/dormitory.dto';

const MULTI_ROOM_SITES = [
  { street: '苓雅區四維三路', name: '四維職務宿舍' },
  { street: '鳳山區光復路二段', name: '鳳山職務宿舍' },
  { street: '前金區中正四路', name: '前金職務宿舍' },
  { street: '左營區博愛二路', name: '左營職務宿舍' },
  { street: '三民區建國一路', name: '三民職務宿舍' },
  { street: '鼓山區美術東二路', name: '鼓山職務宿舍' },
  { street: '前鎮區中山二路', name: '前鎮職務宿舍' },
  { street: '楠梓區德民路', name: '楠梓職務宿舍' },
];

function multiRoom(index: number): CreateDormitoryDto {
  const site = MULTI_ROOM_SITES[index % MULTI_ROOM_SITES.length];
  const building = Math.floor(index / MULTI_ROOM_SITES.length) + 1;
  const floors = 2 + (index % 3);
  return {
    code: `DM-MR-${String(index + 1).padStart(2, '0')}`,
    name: `${site.name}第${building}棟`,
    address: `高雄市${site.street}${10 + index * 2}號`,
    type: 'multi_room_staff',
    status: 'in_use',
    units: Array.from({ length: floors * 2 }, (_, unit) => ({
      code: `${Math.floor(unit / 2) + 1}F-${(unit % 2) + 1}`,
      roomCount: 2 + (unit % 2),
    })),
  };
}

/** The office's 44 dormitories as reported since 2021: 3 head residences, 32 / 6 staff, 3 family. */
export const DEMO_DORMITORIES: CreateDormitoryDto[] = [
  {
    code: 'DM-HR-01',
    name: '市長官邸',
    address: '高雄市左營區自由二路1號',
    type: 'head_residence',
    status: 'in_use',
    lendable: true,
  },
  { code: 'DM-HR-02', name: '副市長宿舍', address: '高雄市鼓山區河西路21號', type: 'head_residence', status: 'in_use' },
  {
    code: 'DM-HR-03',
    name: '秘書長宿舍',
    address: '高雄市苓雅區五福一路35號',
    type: 'head_residence',
    status: 'vacant',
  },
  ...Array.from({ length: 32 }, (_, index) => multiRoom(index)),
  ...Array.from({ length: 6 }, (_, index): CreateDormitoryDto => ({
    code: `DM-SR-${String(index + 1).padStart(2, '0')}`,
    name: `單身職務宿舍${index + 1}號`,
    address: `高雄市新興區中正三路${101 + index}巷${index + 3}號`,
    type: 'single_room_staff',
    status: index < 4 ? 'in_use' : 'vacant',
  })),
  { code: 'DM-FA-01', name: '凱旋眷舍', address: '高雄市前鎮區凱旋三路18巷2號', type: 'family', status: 'in_use' },
  { code: 'DM-FA-02', name: '衛武眷舍', address: '高雄市苓雅區衛武路66巷5號', type: 'family', status: 'vacant' },
  { code: 'DM-FA-03', name: '大寮眷舍', address: '高雄市鳳山區文衡路7號', type: 'family', status: 'vacant' },
];
