/** The navigation's words, apart from messages.ts so that the app's first download carries only these. */
export const assetsNavText = {
  navRegister: '財產清冊',
  navMovementForms: '財產異動申請',
  navStocktakes: '財產盤點',
  navImport: '匯入財產清冊',
  navReports: '財產報表',
  navLabels: '財產標籤',
};
