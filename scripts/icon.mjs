// Draws media/icon.png (128 x 128, the Marketplace and Open VSX icon) from media/icon.svg with the Chromium the
// real-VS-Code tier uses (`npm run runtime` installs it): no image tool beyond what the project already needs.
//
//   node scripts/icon.mjs

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'media', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
  writeFileSync(join(root, 'media', 'icon.png'), png);
  process.stdout.write(`media/icon.png: ${png.length} bytes\n`);
} finally {
  await browser.close();
}
