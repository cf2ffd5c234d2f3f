/** zh-TW words of the notification bell, page and home summary. */
export const notificationText = {
  nav: '通知',
  title: '我的通知',
  empty: '目前沒有通知。',
  bell: (unread: number) => (unread ? `通知，${unread} 則未讀` : '通知，沒有未讀'),
  unreadTag: '未讀',
  markRead: '標示已讀',
  markAllRead: '全部標示已讀',
  allRead: (count: number) => (count ? `已將 ${count} 則通知標示為已讀。` : '沒有未讀的通知。'),
  open: '查看',
  changesTitle: '自上次查看後的變化',
  noChanges: '自上次查看後沒有新的變化。',
  changesSummary: (unread: number) => `有 ${unread} 則未讀通知：`,
  moreChanges: (more: number) => `還有 ${more} 則`,
  seeAll: '查看全部通知',
};
