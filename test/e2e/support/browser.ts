import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../../..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const CONSOLE_BUILD = path.join(ROOT, 'admin', 'dist', 'index.html');

/**
 * `describe` when Chromium is installed, else `describe.skip` with a message saying how to get it.
 * REQUIRE_BROWSER=1 (CI) turns a missing browser into a failure instead of a skip.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    if (!fs.existsSync(CONSOLE_BUILD)) {
      describe(name, () => {
        it('needs the built console', () => {
          throw new Error(`${CONSOLE_BUILD} is missing: run \`npm run build\` (npm test does) before the browser tests`);
        });
      });
      return;
    }
    describe(name, body);
    return;
  }
  const message = `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`;
  if (process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(`${message} (REQUIRE_BROWSER=1 makes this a failure)`);
      });
    });
    return;
  }
  process.stdout.write(`\n${message}\n`);
  describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium keeps dialling out (no network here).
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (own cookies) with page errors collected, so a test can assert there were none. */
export async function openSession(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The console must never reach outside its own origin.
  await context.route(/^(?!https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/, (route) => {
    errors.push(`outside request blocked: ${route.request().url()}`);
    return route.abort();
  });
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core in the page; returns the serious and critical violations only. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated over the DevTools protocol, which the console's Content-Security-Policy (script-src 'self') does not block.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Selects the text `exact` inside the element (the article reader) with a real mouse drag. */
export async function selectText(page: Page, selector: string, exact: string): Promise<void> {
  const found = await page.evaluate(
    ({ selector, exact }) => {
      const root = document.querySelector(selector);
      if (!root) return 'no reader';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(exact);
      if (at < 0) return 'text not found';
      const locate = (offset: number, preferNext: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          const inside = preferNext ? offset < seen + node.data.length : offset <= seen + node.data.length;
          if (inside) return [node, offset - seen];
          seen += node.data.length;
        }
        const last = nodes[nodes.length - 1];
        return [last, last.data.length];
      };
      const charRect = (offset: number) => {
        const [node, i] = locate(offset, true);
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getClientRects()[0];
      };
      locate(at, true)[0].parentElement!.scrollIntoView({ block: 'center' });
      const first = charRect(at);
      const last = charRect(at + exact.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    { selector, exact },
  );
  if (typeof found === 'string') throw new Error(`Could not select "${exact.slice(0, 40)}…": ${found}`);
  await page.mouse.move(found.x1, found.y1);
  await page.mouse.down();
  await page.mouse.move((found.x1 + found.x2) / 2, (found.y1 + found.y2) / 2, { steps: 5 });
  await page.mouse.move(found.x2, found.y2, { steps: 5 });
  await page.mouse.up();
}
