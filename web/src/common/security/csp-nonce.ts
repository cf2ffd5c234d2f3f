/** The nonce the service gave this page (the `csp-nonce` meta tag): the CSP admits <style> elements carrying it. */
export const cspNonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;

/**
 * Gives every <style> element the app's own code creates the page's nonce. Ant Design's CSS-in-JS
 * takes it from ConfigProvider `csp`, but the rc-component helpers inside antd call `updateCSS`
 * without one (the Table's scrollbar measurement on every mount, the Modal's scroll lock), and
 * the CSP refused those styles. Markup injected as HTML does not pass through createElement, so
 * it stays refused; code that can call createElement already runs as the page's own script.
 */
export function stampNonceOnCreatedStyles(nonce = cspNonce): void {
  if (!nonce) return;
  const create = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
    const element = create(tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  }) as typeof document.createElement;
}
