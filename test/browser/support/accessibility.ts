import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core in the page and fails on serious or critical violations. The source goes in through
 * the DevTools protocol (evaluate), which the page's CSP does not block, as an inline script would be.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  await finishedAnimating(page);
  await page.evaluate(axe.source);
  const violations = await page.evaluate<Violation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
  );
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  expect({ page: name, seriousViolations: serious }).toEqual({ page: name, seriousViolations: [] });
}

/**
 * Waits until no finite keyframe animation and no colour transition runs: a popup fading out after
 * a click (Ant Design's motion) is half transparent for a moment, and a button just enabled eases
 * into its colours; axe would judge their contrast mid-way. Endless animations (spinners) and
 * other transitions (a message list easing its height) do not count.
 */
async function finishedAnimating(page: Page): Promise<void> {
  // page.waitForFunction evaluates its predicate with eval, which the page's CSP refuses; evaluate is allowed.
  const running = `document.getAnimations()
    .filter((animation) => animation.playState === 'running' && (animation.animationName
      ? animation.effect?.getComputedTiming().iterations !== Infinity
      : /color|background|opacity/.test(animation.transitionProperty ?? '')))
    .map((animation) => (animation.animationName || animation.transitionProperty) + ' on ' + (animation.effect?.target?.className ?? '?'))`;
  for (let tries = 0; ; tries++) {
    const names = await page.evaluate<string[]>(running);
    if (!names.length) return;
    if (tries === 50) throw new Error(`animations still running after 5 s: ${names.join(', ')}`);
    await page.waitForTimeout(100);
  }
}
