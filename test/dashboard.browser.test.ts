/**
 * The LEA dashboard in a real browser: Debian's Chromium (/usr/bin/chromium, `apt-get install chromium`
 * in .ci/run) driven by playwright-core, against the whole stack on the test database. Each view is
 * loaded for demo municipalities, signed in through the role picker as the roles see it; the numbers
 * on screen are compared with the API's answer to the same question, withheld cells must never show a
 * value, axe-core (from npm) must find no serious or critical violation, the page must break no rule of
 * its CSP, and no request may leave the machine. A screenshot of every view goes to
 * artifacts/screenshots/ (gitignored; CI keeps it as an artefact).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TEST_SECRET } from '@kansrijk/kit/src/testing';
import { createGateway } from '../gateway/src/server';
import { signToken } from '../gateway/src/tokens';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { startStack, TEST_JWT_SECRET, type Stack } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', 'artifacts', 'screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** What the dashboard must show for a Count and a Rate (the same rules as the API's labels). */
const countText = (c: { value: number | null; label: string }) => (c.value == null ? c.label : integer.format(c.value));
const rateText = (r: { value: number | null; suppressed: boolean }) => (r.value == null ? (r.suppressed ? 'x' : '.') : percent.format(r.value));
function moneyText(amount: string): string {
  const [euros, cents] = amount.replace('-', '').split('.');
  return `${amount.startsWith('-') ? '−' : ''}€ ${BigInt(euros).toLocaleString('nl-NL')},${cents}`;
}

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let base: string;
const outside: string[] = [];
const cspViolations: string[] = [];

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return page;
}

/** Signs in through the role picker: the gateway mints the demo token (not production). */
async function signInAs(page: Page, identity: string): Promise<void> {
  await page.goto(`${base}/dashboard/`);
  await page.locator('details.signin-details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await page.locator('#demo-rol option[value="' + identity + '"]').waitFor({ state: 'attached' });
  await page.selectOption('#demo-rol', identity);
  await page.getByRole('button', { name: 'Aanmelden met deze rol' }).click();
  await page.waitForFunction(() => !!sessionStorage.getItem('kansrijk.dashboard.token'));
}

async function show(page: Page, hash: string): Promise<void> {
  await page.goto(`${base}/dashboard/${hash}`);
  await page.locator('main:not([aria-busy])').waitFor();
  // ECharts draws on the next frame: wait for every chart's SVG.
  const charts = await page.locator('main .chart').count();
  if (charts) await page.waitForFunction((n) => document.querySelectorAll('main .chart svg').length === n, charts);
}

async function cellText(page: Page, selector: string): Promise<string> {
  return norm(await page.locator(selector).first().innerText());
}

async function checkAccessibleAndShoot(page: Page, name: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline script) stays as it is.
  await page.evaluate(AXE);
  const { violations, unchecked } = await page.evaluate(async () => {
    type Result = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[]; incomplete: Result[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
      // Text whose contrast axe could not judge (a gradient behind it), other than the charts' SVG text.
      unchecked: result.incomplete
        .filter((v) => v.id === 'color-contrast')
        .flatMap((v) => v.nodes.map((n) => n.target.join(' ')))
        .filter((target) => !/^(text|tspan)\b/.test(target)),
    };
  });
  // No serious or critical violation (the bar); in fact none at all, and every text's contrast judged.
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(violations).toEqual([]);
  expect(unchecked).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** No withheld cell shows a number, and every withheld cell says why in words for screen readers. */
async function checkWithheldCells(page: Page): Promise<number> {
  const withheld = await page.locator('[data-withheld="true"]').evaluateAll((cells) => cells.map((c) => c.querySelector('.value')?.textContent ?? ''));
  for (const label of withheld) expect(['<5', 'x', '.']).toContain(label);
  return withheld.length;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startStack();
  base = new URL(stack.gatewayUrl).origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', serviceWorkers: 'block' });
  // Every request the page makes is routed here: anything not to this machine fails the test.
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.close();
});

afterEach(() => {
  expect(outside).toEqual([]);
  expect(cspViolations).toEqual([]);
});

describe('the LEA dashboard in Chromium', () => {
  test('a LEA member of Venray sees the Overzicht with the API numbers, in one request across the subgraphs', async () => {
    const page = await openPage();
    await signInAs(page, 'lea-venray');
    const graphqlRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) graphqlRequests.push(r.postData() ?? '');
    });
    await show(page, '#/overzicht?gemeente=GM0984&jaar=2023');
    expect(graphqlRequests).toHaveLength(1);

    const token = await stack.token('lea', { municipalities: ['GM0984'] });
    const api = await stack.query(
      `query($code: ID!) { municipality(code: $code) { name coalitions { name members { role organisation { name } } }
        earlyEducation(year: 2023) { indicated { value label } referred { value label } registered { value label } placed { value label } normAchieved { value label } normCohort { value label } reachRate { value suppressed } }
        earlyEducationSeries(from: 2021, to: 2024) { year indicated { value label } placed { value label } reachRate { value suppressed } }
        interventions { name } } }`,
      { code: 'GM0984' },
      token,
    );
    expect(api.errors).toBeUndefined();
    const m = api.data.municipality;
    await expect(page.locator('h2', { hasText: 'Overzicht Venray 2023' }).count()).resolves.toBe(1);

    // The coalition and its ten partners.
    const brukske = m.coalitions.find((c: any) => /Brukske/.test(c.name));
    const partners = await page.locator('table[id^="coalitie-"] [data-field="organisation"] .value').allInnerTexts();
    expect(partners.sort()).toEqual(brukske.members.map((p: any) => p.organisation.name).sort());
    expect(await page.locator('table[id^="coalitie-"] [data-field="role"] .value').allInnerTexts()).toContain('Coalitiepartner');

    // The funnel, step by step.
    const ee = m.earlyEducation;
    for (const field of ['indicated', 'referred', 'registered', 'placed', 'normAchieved', 'normCohort']) {
      expect(await cellText(page, `#trechter-tabel [data-field="${field}"] .value`)).toBe(countText(ee[field]));
    }
    expect(norm(await page.locator('[data-figure="reachRate"]').innerText())).toBe(rateText(ee.reachRate));

    // The trend over the years.
    for (const s of m.earlyEducationSeries) {
      const row = `#trend-tabel tr[data-key="${s.year}"]`;
      expect(await cellText(page, `${row} [data-field="indicated"] .value`)).toBe(countText(s.indicated));
      expect(await cellText(page, `${row} [data-field="placed"] .value`)).toBe(countText(s.placed));
      expect(await cellText(page, `${row} [data-field="reachRate"] .value`)).toBe(rateText(s.reachRate));
    }
    // The interventions, each once in the list.
    expect((await page.locator('#interventies-tabel tbody th .value').allInnerTexts()).sort()).toEqual(m.interventions.map((i: any) => i.name).sort());
    await checkWithheldCells(page);
    // Every chart has a text alternative and its table.
    const charts = await page.locator('.chart[role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const label of charts) expect(label.length).toBeGreaterThan(20);
    await checkAccessibleAndShoot(page, 'overzicht');

    // The CSV download is the table as shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#trechter-tabel').locator('xpath=ancestor::div[contains(@class,"table-block")]').getByRole('button', { name: 'Download als CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('vve-trechter-GM0984-2023.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    expect(csv.split('\n')[0]).toBe('Stap;Aantal');
    expect(csv).toContain(`Geïndiceerd;${countText(ee.indicated)}`);

    // The keyboard: the skip link comes first and moves focus to the content, the route stays.
    await page.reload();
    await page.locator('main:not([aria-busy]) #trechter-tabel').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    expect(await page.evaluate(() => location.hash)).toBe('#/overzicht?gemeente=GM0984&jaar=2023');

    // Print for the LEA meeting: no navigation, sign-in or buttons; the tables stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.views').isVisible()).toBe(false);
    expect(await page.locator('.csv-download').first().isVisible()).toBe(false);
    expect(await page.locator('#trechter-tabel').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'overzicht-print.png'), fullPage: true });
    await page.close();
  });

  test('Overzicht of Maassluis and Voerendaal: key figures, funnel and the budget per funding stream equal the API', async () => {
    const page = await openPage();
    await signInAs(page, 'lea-maassluis');
    for (const code of ['GM0556', 'GM0986']) {
      await show(page, `#/overzicht?gemeente=${code}&jaar=2023`);
      const api = await stack.query(
        `query($code: ID!) { municipality(code: $code) { name coalitions { members { organisation { id } } } interventions { id }
          earlyEducation(year: 2023) { status indicated { value label } placed { value label } reachRate { value suppressed } }
          budgetPlans(year: 2023) { id spendingByStream { fundingStream { code } spending { budgeted { amount } spent { amount } remaining { amount } } } } } }`,
        { code },
      );
      expect(api.errors).toBeUndefined();
      const m = api.data.municipality;
      await page.locator('h2', { hasText: `Overzicht ${m.name} 2023` }).waitFor();
      const published = m.earlyEducation?.status === 'PUBLISHED';
      expect(await cellText(page, '[data-figure="keyReach"]')).toBe(published ? rateText(m.earlyEducation.reachRate) : '.');
      expect(await cellText(page, '[data-figure="keyPlaced"]')).toBe(published ? countText(m.earlyEducation.placed) : '.');
      expect(await cellText(page, '[data-figure="keyPartners"]')).toBe(String(new Set(m.coalitions.flatMap((c: any) => c.members.map((p: any) => p.organisation.id))).size));
      expect(await cellText(page, '[data-figure="keyInterventions"]')).toBe(String((m.interventions ?? []).length));
      if (published) expect(await cellText(page, '#trechter-tabel [data-field="indicated"] .value')).toBe(countText(m.earlyEducation.indicated));
      for (const plan of m.budgetPlans ?? []) {
        expect(plan.spendingByStream.length).toBeGreaterThan(0);
        for (const stream of plan.spendingByStream) {
          const row = `#stromen-tabel-${plan.id} tr[data-key="${stream.fundingStream.code}"]`;
          expect(await cellText(page, `${row} [data-field="budgeted"] .value`)).toBe(moneyText(stream.spending.budgeted.amount));
          expect(await cellText(page, `${row} [data-field="spent"] .value`)).toBe(moneyText(stream.spending.spent.amount));
          expect(await cellText(page, `${row} [data-field="remaining"] .value`)).toBe(moneyText(stream.spending.remaining.amount));
        }
      }
      if (code === 'GM0556') expect(m.budgetPlans.length).toBeGreaterThan(0);
      await checkWithheldCells(page);
    }
    await page.close();
  });

  test('Bereik per wijk and per locatie equals the API, withheld cells never show a value, a legend explains them', async () => {
    const page = await openPage();
    await signInAs(page, 'lea-venray');
    for (const code of ['GM0984', 'GM0556']) {
      await show(page, `#/bereik?gemeente=${code}&jaar=2023`);
      const api = await stack.query(
        `query($code: ID!) { municipality(code: $code) {
          earlyEducationByNeighbourhood(year: 2023) { neighbourhood indicated { value label } referred { value label } registered { value label } placed { value label } reachRate { value suppressed } normCohort { value label } normAchieved { value label } normReached { value suppressed } }
          earlyEducationByLocation(year: 2023) { location { id } placed { value label } normCohort { value label } normAchieved { value label } normReached { value suppressed } } } }`,
        { code },
      );
      expect(api.errors).toBeUndefined();
      const wijken = api.data.municipality.earlyEducationByNeighbourhood;
      expect(wijken.length).toBeGreaterThan(0);
      let withheldInApi = 0;
      for (const w of wijken) {
        const row = `#wijk-tabel tr[data-key="${w.neighbourhood ?? '-'}"]`;
        for (const field of ['indicated', 'referred', 'registered', 'placed', 'normCohort', 'normAchieved']) {
          expect(await cellText(page, `${row} [data-field="${field}"] .value`)).toBe(countText(w[field]));
          if (w[field].value == null) {
            withheldInApi++;
            expect(await page.locator(`${row} [data-field="${field}"]`).getAttribute('data-withheld')).toBe('true');
          }
        }
        for (const field of ['reachRate', 'normReached']) expect(await cellText(page, `${row} [data-field="${field}"] .value`)).toBe(rateText(w[field]));
      }
      for (const l of api.data.municipality.earlyEducationByLocation) {
        const row = `#locatie-tabel tr[data-key="${l.location.id}"]`;
        expect(await cellText(page, `${row} [data-field="placed"] .value`)).toBe(countText(l.placed));
        expect(await cellText(page, `${row} [data-field="normReached"] .value`)).toBe(rateText(l.normReached));
      }
      const withheldOnScreen = await checkWithheldCells(page);
      expect(withheldOnScreen).toBeGreaterThanOrEqual(withheldInApi);
      await expect(page.locator('#legenda').count()).resolves.toBe(1);
      if (code === 'GM0984') await checkAccessibleAndShoot(page, 'bereik');
    }
    await page.close();
  });

  test('Begroting of Maassluis 2023: sections, lines, printed against computed subtotals, as the API has them', async () => {
    const page = await openPage();
    await signInAs(page, 'lea-maassluis');
    await show(page, '#/begroting?gemeente=GM0556&jaar=2023');
    const api = await stack.query(`{ municipality(code: "GM0556") { budgetPlans(year: 2023) { sections { id label statedTotal { amount } computedTotal { amount } lines { id amount { amount } } subtotals { stated { amount } computed { amount } } } findings { kind } } } }`);
    expect(api.errors).toBeUndefined();
    const plan = api.data.municipality.budgetPlans[0];
    const sectionA = plan.sections.find((s: any) => s.label === 'A');
    expect(sectionA.lines).toHaveLength(15);
    for (const s of plan.sections) {
      expect(await cellText(page, `#deel-${s.id} [data-field="computedTotal"] .value`)).toBe(moneyText(s.computedTotal.amount));
      if (s.statedTotal) expect(await cellText(page, `#deel-${s.id} [data-field="statedTotal"] .value`)).toBe(moneyText(s.statedTotal.amount));
      for (const line of s.lines.filter((l: any) => l.amount)) expect(await cellText(page, `#deel-${s.id} tr[data-key="${line.id}"] [data-field="amount"] .value`)).toBe(moneyText(line.amount.amount));
      expect(await page.locator(`#subtotalen-${s.id} [data-field="stated"]`).count()).toBe(s.subtotals.length);
    }
    expect(await cellText(page, `#deel-${sectionA.id} [data-field="computedTotal"] .value`)).toBe('€ 1.943.621,00');
    expect(await page.locator('[data-finding]').evaluateAll((items) => items.map((i) => i.getAttribute('data-finding')))).toEqual(plan.findings.map((f: any) => f.kind));
    await checkAccessibleAndShoot(page, 'begroting');
    await page.close();
  });

  test('Interventies: the catalogue with a filter and paging, totals as the API counts them', async () => {
    const page = await openPage();
    await signInAs(page, 'lea-voerendaal');
    await show(page, '#/interventies?gemeente=GM0986&jaar=2023');
    const all = await stack.query(`{ interventions(first: 10) { totalCount edges { node { name } } } }`);
    expect(await page.locator('[data-figure="totalCount"]').innerText()).toBe(`1–10 van ${all.data.interventions.totalCount} interventies`);
    expect(await page.locator('#catalogus tbody [data-field="name"] .value').allInnerTexts()).toEqual(all.data.interventions.edges.map((e: any) => e.node.name));
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await page.locator('main:not([aria-busy]) [data-figure="totalCount"]', { hasText: '11–' }).waitFor();
    await page.selectOption('#thema', 'MEERTALIGHEID');
    await page.locator('main:not([aria-busy]) [data-figure="totalCount"]', { hasText: /^1–|Geen/ }).waitFor();
    const filtered = await stack.query(`{ interventions(filter: { theme: "MEERTALIGHEID" }, first: 10) { totalCount } }`);
    expect(await page.locator('[data-figure="totalCount"]').innerText()).toContain(`van ${filtered.data.interventions.totalCount} interventies`);
    await checkAccessibleAndShoot(page, 'interventies');
    await page.close();
  });

  test('Vergelijk: an analyst sees every municipality ranked as the API ranks them, the chosen one marked', async () => {
    const page = await openPage();
    await signInAs(page, 'analyst');
    await show(page, '#/vergelijk?gemeente=GM0984&jaar=2023');
    const api = await stack.query(`{ earlyEducationRanking(year: 2023, by: REACH_RATE, first: 100) { totalCount edges { rank value municipality { code } } } }`);
    const edges = api.data.earlyEducationRanking.edges;
    expect(await page.locator('#vergelijk-tabel tbody tr').count()).toBe(edges.length);
    for (const e of edges) {
      const row = `#vergelijk-tabel tr[data-key="${e.municipality.code}"]`;
      expect(await cellText(page, `${row} [data-field="rank"]`)).toBe(e.rank == null ? '' : String(e.rank));
      expect(await cellText(page, `${row} [data-field="value"] .value`)).toBe(e.value == null ? 'x' : percent.format(e.value));
    }
    const venray = edges.find((e: any) => e.municipality.code === 'GM0984');
    expect(await page.locator('#vergelijk-tabel tr[aria-current="true"]').getAttribute('data-key')).toBe('GM0984');
    expect(await page.locator('[data-figure="rank"]').innerText()).toContain(`plaats ${venray.rank} van ${api.data.earlyEducationRanking.totalCount}`);
    await checkWithheldCells(page);
    await checkAccessibleAndShoot(page, 'vergelijk');
    await page.close();
  });

  test('Plaatsingen: partner staff see their own organisation\'s records, a LEA member gets FORBIDDEN in Dutch', async () => {
    const page = await openPage();
    await signInAs(page, 'partner-t-nest');
    await show(page, '#/plaatsingen?gemeente=GM0984&jaar=2023');
    const token = await stack.token('partner', { organisations: ['kinderopvang-t-nest'] });
    const api = await stack.query(`{ organisation(id: "kinderopvang-t-nest") { placementsPage(first: 20) { edges { node { id child { id } } } } } }`, {}, token);
    expect(api.errors).toBeUndefined();
    const children = api.data.organisation.placementsPage.edges.map((e: any) => e.node.child.id);
    expect(children.length).toBeGreaterThan(0);
    expect(await page.locator('#plaatsingen-tabel [data-field="child"] .value').allInnerTexts()).toEqual(children);
    await checkAccessibleAndShoot(page, 'plaatsingen');

    await signInAs(page, 'lea-venray');
    await show(page, '#/plaatsingen?gemeente=GM0984&jaar=2023&organisatie=kinderopvang-t-nest');
    await expect(page.locator('[role="alert"]').getAttribute('data-error-code')).resolves.toBe('FORBIDDEN');
    expect(await page.locator('[role="alert"]').innerText()).toContain('Uw rol geeft geen toegang');
    expect(await page.locator('#plaatsingen-tabel').count()).toBe(0);
    await page.close();
  });

  test('under npm start the page opens signed in with the demo token the gateway was given', async () => {
    const demoToken = await signToken({ sub: 'demo', roles: ['lea'], municipalities: ['GM0556'], organisations: [] }, { secret: TEST_JWT_SECRET });
    const gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: stack.subgraphUrls,
      jwtSecret: TEST_JWT_SECRET,
      subgraphSecret: TEST_SECRET,
      dashboard: { demoToken },
    }).listen(0);
    try {
      const page = await openPage();
      await page.goto(`${new URL(gateway.url).origin}/dashboard/`);
      await page.locator('main:not([aria-busy]) h2', { hasText: 'Overzicht Maassluis 2023' }).waitFor();
      expect(await page.locator('.signin-details summary').innerText()).toBe('Aangemeld als LEA-lid (GM0556)');
      await page.close();
    } finally {
      await gateway.close();
    }
  });

  test('signed out, the dashboard says so in Dutch and shows no figure', async () => {
    const page = await openPage();
    await page.goto(`${base}/dashboard/`);
    await page.evaluate(() => sessionStorage.clear());
    await show(page, '#/overzicht?gemeente=GM0984&jaar=2023');
    await expect(page.locator('[role="alert"]').getAttribute('data-error-code')).resolves.toBe('UNAUTHENTICATED');
    expect(await page.locator('[role="alert"]').innerText()).toContain('U bent niet aangemeld');
    // A token the gateway refuses gets the same answer from the server.
    await page.fill('#token', 'not-a-token');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.locator('main:not([aria-busy]) [role="alert"][data-error-code="UNAUTHENTICATED"]').waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await page.close();
  });
});
