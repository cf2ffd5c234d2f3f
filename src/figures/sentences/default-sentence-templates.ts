/**
 * The report's sentences as the 112 report prints them: the defaults an admin's edits override.
 * Every template may use the period placeholders `{rocYear}` (112), `{period}` (`112年度`,
 * `112年3月`, `本期`) and `{periodYear}` (`112年`, `112年3月`, `本期`), and the figure's
 * `{count}`, `{label}` and `{unit}`; `params` lists the figure's own extra placeholders.
 */
export interface DefaultSentenceTemplate {
  text: string;
  params?: readonly string[];
}

export const COMMON_PLACEHOLDERS = ['rocYear', 'period', 'periodYear', 'count', 'label', 'unit'] as const;

/**
 * A template `<key>_none` prints a figure whose count is 0 instead of `<key>`: the report's
 * sentences about what was held (`各2次`, `分別於6、12月`) read wrongly with nothing held.
 */
export const NONE_SUFFIX = '_none';

/** For a figure whose template nobody wrote yet (e.g. a new module's). */
export const FALLBACK_TEMPLATE = '{period}{label}計{count}{unit}';

const count = (text: string): DefaultSentenceTemplate => ({ text });

export const DEFAULT_SENTENCE_TEMPLATES: Readonly<Record<string, DefaultSentenceTemplate>> = {
  'maintenance.received': count('{period}受理案件計{count}件'),
  'maintenance.work_orders': count('{period}法定定期作業派工計{count}件'),
  'maintenance.dormitory_repairs': count('{period}宿舍巡查報修計{count}件'),
  'maintenance.closed': count('{period}結案案件計{count}件'),
  'maintenance.backlog': count('{period}期末未結案件計{count}件'),
  'maintenance.statutory_inspections': count('{period}完成法定設備檢查申報計{count}件'),
  'maintenance.fire_drills': {
    text: '辦理{centers}辦公大樓場域{period}自衛消防編組訓練各{perCenter}次',
    params: ['centers', 'perCenter'],
  },
  'maintenance.fire_drills_none': count('{period}未辦理自衛消防編組訓練'),
  'maintenance.fire_drills_of_center': { text: '{period}{center}自衛消防編組訓練計{count}次', params: ['center'] },
  'maintenance.sla_compliance': count('{period}時限內完修比率{count}%'),
  'dormitories.managed': {
    text: '經管市有宿舍{count}間，包括首長宿舍{headResidence}間、多房間職務宿舍{multiRoomStaff}間、單房間職務宿舍{singleRoomStaff}間及眷舍{family}間',
    params: ['headResidence', 'multiRoomStaff', 'singleRoomStaff', 'family'],
  },
  'dormitories.verifications': {
    text: '每年辦理{count}次宿舍居住事實查考作業，分別於{months}月辦理完成',
    params: ['months'],
  },
  'dormitories.verifications_none': count('{period}未辦理宿舍居住事實查考作業'),
  'dormitories.residence_lending': count('{period}首長宿舍出借辦理公益活動計{count}次'),
  'dormitories.demolished': count('{period}拆除騰空眷舍計{count}間'),
  'dormitories.handed_over': count('{period}宿舍土地移交財政局計{count}間'),
  'dormitories.repairs': count('{period}巡查宿舍發現待修繕計{count}件'),
  'dormitories.clearances_completed': count('{period}完成眷舍騰空並將土地移交財政局計{count}間'),
  'dormitories.clearances_under_way': count('{period}末辦理中之眷舍騰空計{count}間'),
  'dormitories.lawsuits_open': count('{period}末進行中之收回眷舍訴訟計{count}件'),
  'dormitories.lawsuits_closed': count('{period}收回眷舍訴訟結案計{count}件'),
  'dormitories.properties_on_loan': count('{period}末眷舍空地或房舍出借區公所、警察機關等計{count}處'),
  'venues.public_openings': {
    text: '{period}{center}中庭、廣場及大禮堂計開放{count}場次，各會議室等受理申請使用計{roomBookings}場次',
    params: ['center', 'roomBookings'],
  },
  'venues.room_bookings': { text: '{period}{center}各會議室等受理申請使用計{count}場次', params: ['center'] },
  'venues.attendees': count('{period}場地使用計{count}人次'),
  'venues.cancelled': count('{period}場地申請取消計{count}件'),
  'venues.no_shows': count('{period}場地核准未使用計{count}件'),
  'fleet.trips': count('{period}於線上申請派遣公務車（含禮賓車）計{count}車次'),
  'fleet.trips.vip': count('{period}派遣禮賓車計{count}車次'),
  'fleet.trips.lent': count('{period}公務車出借其他機關計{count}車次'),
  'fleet.bookings': count('{period}派車申請計{count}件'),
  'fleet.bookings.online': count('{period}線上派車申請計{count}件'),
  'fleet.bookings.paper': count('{period}書面派車申請計{count}件'),
  'fleet.bookings.vip': count('{period}禮賓車派車申請計{count}件'),
  'fleet.km': count('{period}公務車行駛里程計{count}公里'),
  'fleet.cancelled': count('{period}取消派車計{count}件'),
  'vehicle_reviews.approved': {
    text: '辦理{budgetYear}年度購置公務車輛先期審查作業，共計核列汽車{cars}輛、機車{motorcycles}輛、特種車{specialVehicles}輛及續租{leaseRenewals}輛等，經費合計{amount}萬元',
    params: ['budgetYear', 'cars', 'motorcycles', 'specialVehicles', 'leaseRenewals', 'amount'],
  },
  'parking.issued': count('{periodYear}核發公務臨時停車證{count}張'),
  'parking.issued_at_lot': { text: '{periodYear}{lot}核發臨時停車證{count}張', params: ['lot'] },
  'parking.revoked': count('{periodYear}註銷臨時停車證{count}張'),
  'assets.added': count('{period}財產（物品）增加計{count}件'),
  'assets.written_off': count('{period}財產（物品）減損計{count}件'),
  'assets.transferred': count('{period}閒置財產移撥其他機關學校計{count}件'),
  'assets.donated': count('{period}財產捐贈計{count}件'),
  'assets.sold': { text: '{period}閒置財產變賣計{count}件，得款{proceeds}元', params: ['proceeds'] },
  'assets.stocktakes': count('{period}完成財產盤點計{count}次'),
  'division.cleaning_greening': {
    text: '辦理{centers}{period}環境清潔及綠美化績效考評各{perCenter}次',
    params: ['centers', 'perCenter'],
  },
  'division.cleaning_greening_none': count('{period}未辦理環境清潔及綠美化績效考評'),
  'division.cleaning_greening_of_center': {
    text: '{period}{center}環境清潔及綠美化績效考評計{count}次',
    params: ['center'],
  },
  'division.civil_defence_training': {
    text: '{period}辦理防護團講習計{count}場次，參訓人數{attendance}人',
    params: ['attendance'],
  },
  'division.civil_defence_training_none': count('{period}未辦理防護團講習'),
};
