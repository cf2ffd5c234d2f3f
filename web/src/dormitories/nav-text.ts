/** The navigation's words, apart from messages.ts so that the app's first download carries only these. */
export const dormitoryNavText = {
  navRegister: '宿舍清冊',
  navPatrol: '宿舍巡查',
  navChecks: '居住事實查考',
  navOverdue: '逾期未遷出',
  navBookings: '官邸借用',
  navClearances: '眷舍騰空',
  navLawsuits: '眷舍訴訟',
  navLoans: '眷舍出借',
};
