export const scenarios = [
  ['打开页面并载入示例工作簿', async ({ page, origin, screenshot }) => {
    await page.goto(`${origin}/preview.html`);
    await page.locator('[role=grid][data-sheet]').waitFor();
    await screenshot('示例工作簿');
  }],
];
