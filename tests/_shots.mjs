import { chromium } from '/work/main/node_modules/playwright/index.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = process.argv.slice(2);
for (const p of pages) for (const [w, h] of [[1280, 900], [390, 844]]) for (const scheme of ['light', 'dark']) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4601' + p, { waitUntil: 'networkidle' });
  const name = `/tmp/shot-${p.replace(/\W+/g, '_')}-${w}-${scheme}.png`;
  await page.screenshot({ path: name, fullPage: w === 1280 ? false : false });
  await ctx.close();
  console.log(name);
}
await b.close();
