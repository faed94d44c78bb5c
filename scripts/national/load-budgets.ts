import type { DataSource } from 'typeorm';
import type { BudgetLineStatus } from '../../services/budgets/src/entities';
import { FUNDING_STREAMS, STATUTORY_TASKS } from '../../services/budgets/src/seed/funding-streams';
import type { Country, NationalMunicipality } from './country';
import { normal, streamFor } from './random';
import { loadTable, type CopyValue, type LoadMethod, type TableCounts } from './table-writer';

/**
 * One SYNTHETIC budget plan for 2025 per municipality, shaped like Maassluis' begroting (seed 003): a
 * (G)OAB section whose first lines are statutory, local policy and leerplicht, and Kansrijke Start.
 * Amounts are whole euros per inhabitant with a municipality's own factor, exact as strings; every
 * section prints a total that matches its lines, and its available funds per stream.
 */
const YEAR = 2025;
const SOURCE = 'Synthetisch (npm run seed:national): geen echte begroting';

interface LineTemplate {
  description: string;
  stream: string;
  /** Euros per inhabitant (before the municipality's factor); absent for pm / ntb lines. */
  perInhabitant?: number;
  status?: BudgetLineStatus;
  statutory?: boolean;
  recipient?: (m: NationalMunicipality) => string;
}

const SECTIONS: { label: string; title: string; lines: LineTemplate[] }[] = [
  {
    label: 'A',
    title: `(G)OAB budget ${YEAR}`,
    lines: [
      { description: 'Voorschoolse educatie: 960 uur voor doelgroeppeuters', stream: 'GOAB', perInhabitant: 15.1, statutory: true },
      { description: 'Toeleiding VE door de jeugdgezondheidszorg', stream: 'GOAB', perInhabitant: 1.3, statutory: true, recipient: (m) => m.youthHealthCare },
      { description: 'Ouderbetrokkenheid VVE', stream: 'GOAB', perInhabitant: 1.6, statutory: true },
      {
        description: 'Kwaliteit VE: pedagogisch beleidsmedewerkers en coaching', stream: 'GOAB', perInhabitant: 2.3, statutory: true,
        recipient: (m) => m.childcareOrganisation,
      },
      { description: 'Monitoring bereik en resultaten VVE', stream: 'GOAB', perInhabitant: 0.5, statutory: true },
      { description: 'Schakelklassen en zomerschool', stream: 'GOAB', perInhabitant: 3.2 },
      { description: 'Voorschoolse educatie Oekraïense peuters', stream: 'SPUK_VE_OEKRAINE', status: 'PM' },
    ],
  },
  {
    label: 'B',
    title: 'Lokaal onderwijsbeleid en leer- en kwalificatieplicht',
    lines: [
      { description: 'Leerplicht en RMC', stream: 'LEERPLICHT_RBL', perInhabitant: 4.2, statutory: true },
      { description: 'Projecten van de Lokale Educatieve Agenda', stream: 'LOKAAL_ONDERWIJSBELEID', perInhabitant: 1.8 },
      { description: 'Bereik peuteropvang 0-4-jarigen', stream: 'ASSCHERMIDDELEN', perInhabitant: 1.5 },
    ],
  },
  {
    label: 'C',
    title: 'Kansrijke Start en aansluiting onderwijs-arbeidsmarkt',
    lines: [
      { description: 'Kansrijke Start: de eerste 1000 dagen', stream: 'KANSRIJKE_START', perInhabitant: 0.9 },
      { description: 'Aansluiting onderwijs-arbeidsmarkt', stream: 'AANSLUITING_ARBEIDSMARKT', status: 'TBD' },
    ],
  },
];

interface PlanRows {
  plan: CopyValue[];
  sections: CopyValue[][];
  funds: CopyValue[][];
  lines: CopyValue[][];
  subtotals: CopyValue[][];
}

const euros = (n: number) => `${n}.00`;

function planOf(m: NationalMunicipality): PlanRows {
  const random = streamFor(`budgets:${m.code}`);
  // Some municipalities have more target-group children per inhabitant, and so more money.
  const factor = Math.exp(0.3 * normal(random));
  const planId = `national-${m.code.toLowerCase()}-${YEAR}`;
  const rows: PlanRows = {
    plan: [planId, m.code, YEAR, YEAR, `Begroting onderwijskansenbeleid ${YEAR} (synthetisch)`, SOURCE],
    sections: [], funds: [], lines: [], subtotals: [],
  };
  SECTIONS.forEach((section, s) => {
    const sectionId = `${planId}-${section.label.toLowerCase()}`;
    rows.sections.push([sectionId, planId, s + 1, section.label, section.title, null]);
    const perStream = new Map<string, number | BudgetLineStatus>();
    let total = 0;
    section.lines.forEach((line, i) => {
      const status = line.status ?? 'SET';
      const amount = status === 'SET' ? Math.round(m.population * line.perInhabitant! * factor * (0.9 + 0.2 * random())) : null;
      if (amount !== null) {
        total += amount;
        const before = perStream.get(line.stream);
        perStream.set(line.stream, (typeof before === 'number' ? before : 0) + amount);
      } else if (!perStream.has(line.stream)) perStream.set(line.stream, status);
      rows.lines.push([
        `${sectionId}-${i + 1}`, sectionId, planId, i + 1, String(i + 1), line.description, status, amount === null ? null : euros(amount),
        line.statutory ?? false, line.stream, null, line.recipient?.(m) ?? null, null, null, null,
      ]);
    });
    [...perStream].forEach(([stream, value], j) =>
      rows.funds.push(typeof value === 'number' ? [sectionId, j + 1, stream, 'SET', euros(value), null] : [sectionId, j + 1, stream, value, null, null]),
    );
    rows.subtotals.push([`${sectionId}-subtotal-1`, sectionId, 1, `Totaal ${section.label}`, euros(total), 1, section.lines.length, null, true]);
  });
  return rows;
}

export async function loadBudgets(dataSource: DataSource, method: LoadMethod, country: Country): Promise<TableCounts> {
  const plans = country.municipalities.map(planOf);
  // Parents before children: budgets' tables have foreign keys, and each table commits on its own.
  return {
    funding_stream: await loadTable(
      dataSource, method, 'funding_stream', ['code', 'name', 'earmarked', 'scope', 'description'],
      FUNDING_STREAMS.map((f) => [f.code, f.name, f.earmarked, f.scope, f.description]),
    ),
    statutory_task: await loadTable(
      dataSource, method, 'statutory_task', ['funding_stream_code', 'position', 'description', 'legal_basis', 'source'],
      STATUTORY_TASKS.map((t) => [t.fundingStreamCode, t.position, t.description, t.legalBasis, t.source]),
    ),
    budget_plan: await loadTable(
      dataSource, method, 'budget_plan', ['id', 'municipality_code', 'year', 'end_year', 'title', 'source'], plans.map((p) => p.plan),
    ),
    budget_section: await loadTable(
      dataSource, method, 'budget_section', ['id', 'plan_id', 'position', 'label', 'title', 'note'], plans.flatMap((p) => p.sections),
    ),
    available_funds: await loadTable(
      dataSource, method, 'available_funds', ['section_id', 'position', 'funding_stream_code', 'status', 'amount', 'note'],
      plans.flatMap((p) => p.funds),
    ),
    budget_line: await loadTable(
      dataSource, method, 'budget_line',
      [
        'id', 'section_id', 'plan_id', 'position', 'number', 'description', 'status', 'amount', 'statutory', 'funding_stream_code', 'note',
        'recipient_id', 'intervention_id', 'activity_id', 'policy_goal_id',
      ],
      plans.flatMap((p) => p.lines),
    ),
    printed_subtotal: await loadTable(
      dataSource, method, 'printed_subtotal',
      ['id', 'section_id', 'position', 'label', 'stated', 'from_position', 'to_position', 'funding_stream_code', 'is_section_total'],
      plans.flatMap((p) => p.subtotals),
    ),
  };
}
