/** The navigation's words, apart from messages.ts so that the app's first download carries only these. */
export const reviewNavText = {
  navReviews: '車輛先期審查',
};
