import { formatRocDateTime } from '../../common/time';
import type { VerificationView } from '../permits/dto/permit.dto';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

// Phone-sized and self-contained (no script, inline style only), so a guard's phone shows it at once.
const STYLE = `
body{margin:0;font-family:"Noto Sans TC","PingFang TC","Microsoft JhengHei",sans-serif;background:#f5f5f5;color:#1f1f1f}
main{max-width:28rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.25rem;margin:0 0 1rem}
.verdict{font-size:2rem;font-weight:700;padding:1rem;border-radius:.5rem;text-align:center;margin:0 0 1rem;color:#fff}
.valid{background:#0b6b2f}.invalid{background:#a8071a}
dl{background:#fff;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
dt{font-size:.875rem;color:#595959}dd{margin:0 0 .75rem;font-size:1.125rem}
p.note{font-size:.875rem;color:#595959}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

/**
 * What a phone shows when a guard scans a printed permit: valid or not, the lot and the window,
 * and nothing about the visitor (no name, phone or plate: the printed permit shows the plate).
 */
export function verificationPage(view: VerificationView, checkedAt: Date): string {
  const verdict = view.valid ? '有效' : `無效（${view.statusLabel}）`;
  return page(
    `公務臨時停車證查驗：${verdict}`,
    `<h1>公務臨時停車證查驗</h1>
<p class="verdict ${view.valid ? 'valid' : 'invalid'}" role="status">${escapeHtml(verdict)}</p>
<dl>
<dt>停車場</dt><dd>${escapeHtml(view.lotName)}</dd>
<dt>有效期間</dt><dd>${escapeHtml(view.validity)}</dd>
<dt>查驗時間</dt><dd>${escapeHtml(formatRocDateTime(checkedAt))}</dd>
</dl>
<p class="note">本頁僅顯示停車證是否有效，不含申請人資料。請核對停車證上的車牌與車輛相符。</p>`,
  );
}

/** A code that matches no permit: a forged or mistyped QR code. */
export function unknownPermitPage(): string {
  return page(
    '公務臨時停車證查驗：查無此證',
    `<h1>公務臨時停車證查驗</h1>
<p class="verdict invalid" role="status">查無此停車證</p>
<p class="note">此 QR code 不是本府核發的停車證，或網址不完整。</p>`,
  );
}
