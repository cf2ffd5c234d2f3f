import type { ExampleObject } from '@nestjs/swagger';

/** Request examples of filing a repair, shown in the API document. */
export const FILE_A_REPAIR: Record<string, ExampleObject> = {
  room: {
    summary: '在地點樹上選好房間',
    value: {
      locationId: '6f1d2c3b-4a5e-4f60-9a71-8b9c0d1e2f30',
      tradeCode: 'plumbing_electrical',
      subCategory: '漏水',
      priority: 'high',
      title: '茶水間水龍頭漏水',
      description: '7 樓東側茶水間水龍頭關不緊，持續滴水，地面濕滑。',
      contactPhone: '07-7995678#1234',
    },
  },
  spot: {
    summary: '找不到地點時以文字描述',
    value: {
      spotText: '鳳山行政中心後棟 1 樓電梯口',
      tradeCode: 'elevator',
      title: '電梯門關不起來',
      description: '2 號電梯門反覆開關，無法運行。',
    },
  },
};
