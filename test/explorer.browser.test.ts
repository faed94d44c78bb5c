/**
 * The explorer as a newcomer meets it, in a real browser (Debian's chromium, driven by playwright-core):
 * Run on the first tab answers at once, every other tab answers with its own role's token (data, or
 * FORBIDDEN where the role lacks the right), the docs pane shows the Dutch term beside a field, and
 * no request leaves the machine.
 *
 * Without a chromium at CHROMIUM_PATH (default /usr/bin/chromium) the file is skipped with a warning,
 * so `npm test` runs on a machine without one; CI sets KANSRIJK_BROWSER_TESTS=required (.ci/run) and
 * then a missing browser fails.
 */
import { existsSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { loadTabs, type ExplorerTab } from '../gateway/src/explorer';
import { DEMO_ROLE_CLAIMS } from '../gateway/src/demo-roles';
import { startStack, type Stack } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = process.env.KANSRIJK_BROWSER_TESTS === 'required';
const available = existsSync(CHROMIUM);
if (!available && !required) console.warn(`explorer browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

(available || required ? describe : describe.skip)('the explorer in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  /** Every request the page tried to send elsewhere than this machine (refused by the route below). */
  const leftTheMachine: string[] = [];
  const tabs: ExplorerTab[] = loadTabs();

  beforeAll(async () => {
    if (!available) throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium (KANSRIJK_BROWSER_TESTS=required)`);
    stack = await startStack();
    // --no-sandbox: CI runs as root in a container, where chromium's sandbox cannot start.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && !LOCAL_HOSTS.has(url.hostname)) {
        leftTheMachine.push(url.href);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    page = await context.newPage();
    await page.goto(stack.gatewayUrl.replace(/\/graphql$/, '/'));
    await page.locator('.graphiql-tab').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  /** Presses Run and returns the answer the gateway gave to the operation the tab holds. */
  async function run(): Promise<{ response: Response; body: any }> {
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && !String(r.request().postData()).includes('IntrospectionQuery'));
    await page.locator('.graphiql-execute-button').click();
    const response = await answered;
    return { response, body: await response.json() };
  }

  function expectAnswer(tab: ExplorerTab, response: Response, body: any) {
    const sent = JSON.parse(response.request().postData()!);
    // The tab's variables went with the request: the first tab used to send none.
    expect(sent.variables).toEqual(tab.variables);
    // ... and the token of the tab's role.
    const claims = decodeJwt(response.request().headers().authorization.replace(/^Bearer /, ''));
    expect({ file: tab.file, sub: claims.sub }).toEqual({ file: tab.file, sub: DEMO_ROLE_CLAIMS[tab.role].claims.sub });
    const codes = (body.errors ?? []).map((e: any) => e.extensions?.code);
    expect({ file: tab.file, role: tab.role, codes: codes.filter((c: string) => c !== 'FORBIDDEN') }).toEqual({ file: tab.file, role: tab.role, codes: [] });
    if (tab.expect === 'FORBIDDEN') {
      expect({ file: tab.file, role: tab.role, codes }).toEqual({ file: tab.file, role: tab.role, codes: ['FORBIDDEN'] });
      expect(JSON.stringify(body.data)).not.toMatch(/"child"/);
    } else {
      expect({ file: tab.file, role: tab.role, codes }).toEqual({ file: tab.file, role: tab.role, codes: [] });
      expect(Object.values(body.data ?? {}).every((value) => value !== null)).toBe(true);
    }
  }

  it('runs the first tab on the first click, with its variables', async () => {
    expect(await page.locator('.graphiql-tab').count()).toBe(tabs.length);
    const { response, body } = await run();
    expectAnswer(tabs[0], response, body);
    expect(body.data.municipality.name).toBe('Venray');
    // What the newcomer sees: the answer in the result pane, no complaint about variables.
    await page.locator('.result-window').getByText('"Venray"').first().waitFor();
    expect(await page.locator('.result-window').innerText()).not.toMatch(/Variable "\$/);
  });

  it('runs every other tab with its role: the data, or FORBIDDEN where the role may not see children', async () => {
    for (let i = 1; i < tabs.length; i++) {
      await page.locator('.graphiql-tab').nth(i).locator('.graphiql-tab-button').click();
      const { response, body } = await run();
      expectAnswer(tabs[i], response, body);
    }
    // Back on the first tab, its variables are still there.
    await page.locator('.graphiql-tab').first().locator('.graphiql-tab-button').click();
    const again = await run();
    expectAnswer(tabs[0], again.response, again.body);
  });

  it('shows the Dutch term beside the English name in the docs pane', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
    const field = page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-field-name', { hasText: /^municipality$/ });
    await field.waitFor();
    // The term is drawn by CSS beside the name: read what the page really renders after the link.
    const rendered = await field.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(rendered).toBe('"gemeente"');
    await field.click();
    await page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name', { hasText: /^Municipality$/ }).first().click();
    const title = page.locator('.graphiql-doc-explorer-title', { hasText: /^Municipality$/ });
    await title.waitFor();
    expect(await title.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"gemeente"');
    const coalitions = page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-field-name', { hasText: /^coalitions$/ });
    expect(await coalitions.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"coalities"');
  });

  /** The role mark before each tab's title, as the page renders it. */
  const roleMarks = () => page.locator('.graphiql-tab .graphiql-tab-button').evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b, '::before').content));
  const expectedMarks = (list: ExplorerTab[]) => list.map((tab) => `"${DEMO_ROLE_CLAIMS[tab.role].short}"`);

  it('marks every tab with the role whose token it carries, also after a tab is closed', async () => {
    expect(await roleMarks()).toEqual(expectedMarks(tabs));
    // The LEA member's FORBIDDEN tab (the fourth) goes: the analyst's tabs move up, marks with them.
    await page.locator('.graphiql-tab').nth(3).locator('.graphiql-tab-button').click();
    await page.locator('.graphiql-tab').nth(3).locator('.graphiql-tab-close').click();
    const left = tabs.filter((_, i) => i !== 3);
    await page.waitForFunction(
      (marks) => {
        const shown = Array.from(document.querySelectorAll('.graphiql-tab .graphiql-tab-button')).map((b) => getComputedStyle(b, '::before').content);
        return JSON.stringify(shown) === JSON.stringify(marks);
      },
      expectedMarks(left),
      { timeout: 5000 },
    ).catch(() => undefined);
    expect(await roleMarks()).toEqual(expectedMarks(left));
  });

  it('sent no request off the machine', () => {
    expect(leftTheMachine).toEqual([]);
  });
});
