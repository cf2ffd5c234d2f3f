/** The navigation's words, apart from messages.ts so that the app's first download carries only these. */
export const fleetNavText = {
  navBook: '申請派車',
  navMine: '我的派車',
  navBoard: '派車調度',
  navPaper: '書面申請',
  navRegisters: '車輛與駕駛',
  navLoans: '借用車輛',
  navDriver: '出車任務',
};
