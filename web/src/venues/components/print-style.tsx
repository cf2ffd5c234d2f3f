/** The nonce the service gave this page, without which the page's policy refuses a <style>. */
const cspNonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;

/** On paper, only the sheet: no header, navigation or buttons. */
const PRINT_CSS = `@media print {
  .ant-layout-header, .ant-layout-sider, .venue-no-print { display: none !important; }
  .ant-layout-content { padding: 0 !important; }
}`;

export function PrintStyle() {
  return <style nonce={cspNonce}>{PRINT_CSS}</style>;
}
