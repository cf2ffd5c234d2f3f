import type { Page } from 'playwright-core';

/**
 * Picks an option of an Ant Design select by the select's label and waits for the list to close (an
 * open list covers the form below it). On a busy machine a click can land while the page re-renders
 * and the list stays open with nothing picked; the pick is then tried again.
 */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 1; ; attempt++) {
    if (!(await openList.isVisible())) await page.getByLabel(label).click();
    await openList.locator(`.ant-select-item-option[title="${option}"]`).click();
    try {
      await openList.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
