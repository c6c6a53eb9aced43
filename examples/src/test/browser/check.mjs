// Opens the equality report in headless Chromium at 390 px and 1280 px wide, reports any horizontal overflow of the
// page, runs axe-core on it, and writes full-page screenshots. Usage:
//   node check.mjs REPORT.html OUT_DIR [CHROMIUM]
// Prints one line per check and exits 0 when the page has no horizontal overflow at either width and axe-core finds
// no serious or critical violation; 1 otherwise; 2 when it cannot run.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [, , report, outDir, executable = '/usr/bin/chromium'] = process.argv;
if (!report || !outDir) {
  console.log('usage: node check.mjs REPORT.html OUT_DIR [CHROMIUM]');
  process.exit(2);
}
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const url = pathToFileURL(path.resolve(report)).href;
const browser = await chromium.launch({
  executablePath: executable,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    const layout = await page.evaluate(() => {
      const doc = document.documentElement;
      const vw = doc.clientWidth;
      // Elements sticking out of the viewport that are not inside a box which scrolls on its own.
      const out = [];
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right <= vw + 0.5 || r.width === 0) continue;
        let p = el.parentElement;
        let scrolls = false;
        while (p && p !== document.body) {
          const ox = getComputedStyle(p).overflowX;
          if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') { scrolls = true; break; }
          p = p.parentElement;
        }
        if (!scrolls) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + Math.round(r.right));
      }
      return { scrollWidth: doc.scrollWidth, clientWidth: vw, out: out.slice(0, 10) };
    });
    const over = layout.scrollWidth > layout.clientWidth || layout.out.length > 0;
    failed ||= over;
    console.log(`width ${width}: page ${layout.scrollWidth} px wide in a ${layout.clientWidth} px viewport, `
      + (over ? `horizontal overflow: ${layout.out.join(', ')}` : 'no horizontal overflow'));
    await page.screenshot({ path: path.join(outDir, `report-${width}-full.png`), fullPage: true });
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of result.violations) {
      console.log(`width ${width}: axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements, e.g. `
        + `${v.nodes[0].target.join(' ')})`);
    }
    console.log(`width ${width}: axe-core ${result.testEngine.version}: ${bad.length} serious or critical`
      + ` violations, ${result.violations.length - bad.length} others`);
    failed ||= bad.length > 0;
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
