/** The navigation's words, apart from messages.ts so that the app's first download carries only these. */
export const venuesNavText = {
  navCalendar: '場地行事曆',
  navFree: '查詢空檔場地',
  navBook: '預約場地',
  navMine: '我的場地預約',
  navApprovals: '場地預約審核',
  navDaySheet: '當日場地使用表',
};
