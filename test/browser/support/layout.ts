import type { Locator } from 'playwright-core';

/** How many lines the element's text is broken over (a code broken one character a line shows many). */
export function linesOf(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const range = node.ownerDocument.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size;
  });
}

/** How many pixels the element pokes past the right edge of the card's content (0 when it fits). */
export function pastCardEdge(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const body = node.closest('.ant-card-body');
    if (!body) throw new Error('not inside a card');
    const padding = parseFloat(node.ownerDocument.defaultView?.getComputedStyle(body).paddingRight ?? '0');
    return Math.max(0, Math.round(node.getBoundingClientRect().right - (body.getBoundingClientRect().right - padding)));
  });
}
