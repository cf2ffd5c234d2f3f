/** The navigation's words, apart from messages.ts so that the app's first download carries only these. */
export const parkingNavText = {
  navIssue: '核發停車證',
  navBulk: '會議整批核發',
  navLookup: '車牌查詢',
  navDay: '本日停車證',
};
