import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of an Ant Design select by the select's label (looked up in `scope`, a page or
 * a part of one) and waits for its list to close (an open list covers the form below it). A long
 * list is virtual: `search` is typed first to bring the option into it, as a user would. On a busy
 * machine a click can land while the page re-renders and the list stays open with nothing picked;
 * the pick is then tried again.
 */
export async function chooseOption(
  scope: Page | Locator,
  label: string,
  option: string,
  { search }: { search?: string } = {},
): Promise<void> {
  const page = 'goto' in scope ? scope : scope.page();
  const select = scope.getByRole('combobox', { name: label });
  const choice = page.locator(`.ant-select-item-option[title="${option}"]`);
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)', { has: choice });
  for (let attempt = 1; ; attempt++) {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click();
    if (search !== undefined) await select.fill(search);
    await openList.locator(choice).click();
    try {
      await openList.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
