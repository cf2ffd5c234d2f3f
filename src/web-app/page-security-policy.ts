/** What `web/vite.config.ts` writes as the nonce of every script, style and `csp-nonce` meta tag. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * The Content-Security-Policy of the web app's page. Scripts only from this origin, never inline.
 * Ant Design writes its CSS-in-JS into <style> elements: they carry this response's nonce (the app
 * reads it from the `csp-nonce` meta tag and hands it to ConfigProvider), so inline styles need no
 * `'unsafe-inline'` either. React's `style` props are set through the CSSOM, which CSP allows.
 */
export function pageSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function pageWithNonce(html: string, nonce: string): string {
  return html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
}
