/** The navigation's words, apart from messages.ts so that the app's first download carries only these. */
export const fleetNavText = {
  navBook: '申請派車',
  navMine: '我的派車',
};
