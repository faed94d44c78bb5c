import { badUserInput, requiredText, TEXT_LIMITS } from '@kansrijk/kit';
import { assertMunicipalityCode } from '@kansrijk/domain';
import { In, Not, type EntityManager } from 'typeorm';
import { Municipality, Organisation } from '../entities';
import { FORMATS, FORMAT_HINTS } from '../identifiers';

/** Which kinds may carry which identifier: a BRIN is a school's, an LRK number a childcare location's. */
const IDENTIFIER_KINDS = {
  brin: ['SCHOOL', 'CHILD_CENTRE'],
  lrkNumber: ['CHILDCARE_LOCATION', 'CHILD_CENTRE'],
  childcareType: ['CHILDCARE_LOCATION', 'CHILD_CENTRE'],
  boardNumber: ['SCHOOL_BOARD'],
} as const;

const UNIQUE = ['brin', 'lrkNumber', 'boardNumber'] as const;

/** Deepest parent chain walked when looking for a cycle; real groups are two or three levels deep. */
const MAX_DEPTH = 20;

/** The municipalities as given, well-formed, known and without repeats; at least one. */
export async function checkMunicipalities(tx: EntityManager, codes: string[]): Promise<string[]> {
  const field = 'input.municipalities';
  if (!codes.length) throw badUserInput(field, 'must name at least one municipality');
  const unique = [...new Set(codes.map((c) => assertMunicipalityCode(field, c)))];
  const known = new Set((await tx.getRepository(Municipality).findBy({ code: In(unique) })).map((m) => m.code));
  const unknown = unique.find((c) => !known.has(c));
  if (unknown) throw badUserInput(field, `unknown municipality ${unknown}`);
  return unique;
}

/** Every rule an organisation row must meet before it is written; `row` is the state after the change. */
export async function checkOrganisation(tx: EntityManager, row: Organisation): Promise<void> {
  row.name = requiredText('input.name', row.name, TEXT_LIMITS.name);

  for (const column of ['brin', 'lrkNumber', 'kvkNumber', 'boardNumber'] as const) {
    const value = row[column];
    const format = column === 'brin' ? FORMATS.brinLocation : FORMATS[column];
    if (value !== null && !format.test(value)) throw badUserInput(`input.${column}`, FORMAT_HINTS[column === 'brin' ? 'brinLocation' : column]);
  }
  for (const [column, kinds] of Object.entries(IDENTIFIER_KINDS) as [keyof typeof IDENTIFIER_KINDS, readonly string[]][]) {
    if (row[column] !== null && !kinds.includes(row.kind)) throw badUserInput(`input.${column}`, `only for organisations of kind ${kinds.join(' or ')}`);
  }
  if (row.childPlaces !== null && (row.childPlaces < 0 || row.childPlaces > 10000)) {
    throw badUserInput('input.childPlaces', 'must be between 0 and 10000');
  }
  for (const column of UNIQUE) {
    const value = row[column];
    if (value === null) continue;
    const other = await tx.getRepository(Organisation).findOneBy({ [column]: value, id: Not(row.id) });
    if (other) throw badUserInput(`input.${column}`, `${value} already belongs to organisation ${other.id}`);
  }
  await checkParent(tx, row);
}

/** The parent exists and is neither the organisation itself nor one of its parts, at any depth. */
async function checkParent(tx: EntityManager, row: Organisation): Promise<void> {
  let ancestorId = row.parentId;
  for (let depth = 0; ancestorId !== null; depth++) {
    if (ancestorId === row.id) throw badUserInput('input.parentId', 'would make the organisation part of itself');
    if (depth >= MAX_DEPTH) throw badUserInput('input.parentId', `nests deeper than ${MAX_DEPTH} levels`);
    const ancestor = await tx.getRepository(Organisation).findOneBy({ id: ancestorId });
    if (!ancestor) throw badUserInput('input.parentId', `unknown organisation ${ancestorId}`);
    ancestorId = ancestor.parentId;
  }
}
