import { groupedByArgument, groupedLoader, keyedLoader } from '@kansrijk/kit';
import { In, LessThanOrEqual, MoreThanOrEqual, type DataSource } from 'typeorm';
import {
  AllocationTerm,
  AvailableFunds,
  BudgetLine,
  BudgetPlan,
  BudgetSection,
  FundingAllocation,
  FundingStream,
  PolicyGoal,
  PrintedSubtotal,
  Realisation,
  StatutoryTask,
} from './entities';

type LineKeyColumn = 'sectionId' | 'recipientId' | 'interventionId' | 'activityId' | 'policyGoalId';

/** Lines whose `column` is one of `keys`, in the order of the source: plan, section, line. */
function linesWhere(db: DataSource, column: LineKeyColumn, keys: readonly string[]) {
  return db
    .getRepository(BudgetLine)
    .createQueryBuilder('line')
    .innerJoin(BudgetPlan, 'plan', 'plan.id = line.planId')
    .innerJoin(BudgetSection, 'section', 'section.id = line.sectionId')
    .where(`line.${column} IN (:...keys)`, { keys: [...keys] })
    .orderBy('plan.year')
    .addOrderBy('plan.id')
    .addOrderBy('section.position')
    .addOrderBy('line.position')
    .getMany();
}

/**
 * The lines that draw on each allocation: the municipality's lines of the allocation's stream in
 * plans whose years overlap the allocation's period. One query for the whole batch; the raw rows
 * say which allocation each line was matched to (a line can draw on more than one).
 */
async function linesDrawingOn(db: DataSource, allocationIds: readonly string[]) {
  const { raw, entities } = await db
    .getRepository(BudgetLine)
    .createQueryBuilder('line')
    .innerJoin(BudgetPlan, 'plan', 'plan.id = line.planId')
    .innerJoin(BudgetSection, 'section', 'section.id = line.sectionId')
    .innerJoin(
      FundingAllocation,
      'allocation',
      // Joined with spaces, not newlines: TypeORM maps property names to columns only before a space or bracket.
      [
        'allocation.municipalityCode = plan.municipalityCode',
        'allocation.fundingStreamCode = line.fundingStreamCode',
        'plan.year <= EXTRACT(YEAR FROM allocation.periodEnd)',
        'plan.endYear >= EXTRACT(YEAR FROM allocation.periodStart)',
      ].join(' AND '),
    )
    .addSelect('allocation.id', 'allocation_id')
    .where('allocation.id IN (:...ids)', { ids: [...allocationIds] })
    .orderBy('plan.year')
    .addOrderBy('plan.id')
    .addOrderBy('section.position')
    .addOrderBy('line.position')
    .getRawAndEntities<{ line_id: string; allocation_id: string }>();
  const byId = new Map(entities.map((line) => [line.id, line]));
  return raw.map((row) => ({ allocationId: row.allocation_id, line: byId.get(row.line_id)! }));
}

/** Per-request loaders: each batches every lookup of one kind in a request into one `IN` query. */
export function createLoaders(db: DataSource) {
  return {
    plan: keyedLoader(
      (ids: readonly string[]) => db.getRepository(BudgetPlan).findBy({ id: In([...ids]) }),
      (plan) => plan.id,
    ),
    line: keyedLoader(
      (ids: readonly string[]) => db.getRepository(BudgetLine).findBy({ id: In([...ids]) }),
      (line) => line.id,
    ),
    section: keyedLoader(
      (ids: readonly string[]) => db.getRepository(BudgetSection).findBy({ id: In([...ids]) }),
      (section) => section.id,
    ),
    /** Argument: the year a plan must cover, or null for every plan. */
    plansOfMunicipality: groupedByArgument<number | null, BudgetPlan>(
      (year, codes) =>
        db.getRepository(BudgetPlan).find({
          where: {
            municipalityCode: In(codes),
            ...(year === null ? {} : { year: LessThanOrEqual(year), endYear: MoreThanOrEqual(year) }),
          },
          order: { year: 'ASC', title: 'ASC', id: 'ASC' },
        }),
      (plan) => plan.municipalityCode,
    ),
    sectionsOfPlan: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(BudgetSection).find({ where: { planId: In([...ids]) }, order: { position: 'ASC' } }),
      (section) => section.planId,
    ),
    subtotalsOfSection: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(PrintedSubtotal).find({ where: { sectionId: In([...ids]) }, order: { position: 'ASC' } }),
      (subtotal) => subtotal.sectionId,
    ),
    availableFundsOfSection: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(AvailableFunds).find({ where: { sectionId: In([...ids]) }, order: { position: 'ASC' } }),
      (funds) => funds.sectionId,
    ),
    linesOfSection: groupedLoader((ids: readonly string[]) => linesWhere(db, 'sectionId', ids), (line) => line.sectionId),
    linesOfRecipient: groupedLoader((ids: readonly string[]) => linesWhere(db, 'recipientId', ids), (line) => line.recipientId!),
    linesOfIntervention: groupedLoader(
      (ids: readonly string[]) => linesWhere(db, 'interventionId', ids),
      (line) => line.interventionId!,
    ),
    linesOfActivity: groupedLoader((ids: readonly string[]) => linesWhere(db, 'activityId', ids), (line) => line.activityId!),
    fundingStream: keyedLoader(
      (codes: readonly string[]) => db.getRepository(FundingStream).findBy({ code: In([...codes]) }),
      (stream) => stream.code,
    ),
    /** Argument: a funding stream code, or null for every stream. */
    allocationsOfMunicipality: groupedByArgument<string | null, FundingAllocation>(
      (stream, codes) =>
        db.getRepository(FundingAllocation).find({
          where: { municipalityCode: In(codes), ...(stream === null ? {} : { fundingStreamCode: stream }) },
          order: { periodStart: 'ASC', fundingStreamCode: 'ASC', id: 'ASC' },
        }),
      (allocation) => allocation.municipalityCode,
    ),
    termsOfAllocation: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(AllocationTerm).find({ where: { allocationId: In([...ids]) }, order: { position: 'ASC' } }),
      (term) => term.allocationId,
    ),
    realisationsOfLine: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(Realisation).find({
          where: { lineId: In([...ids]) },
          order: { year: 'ASC', quarter: 'ASC', recordedAt: 'ASC', id: 'ASC' },
        }),
      (entry) => entry.lineId,
    ),
    statutoryTasksOfStream: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(StatutoryTask).find({ where: { fundingStreamCode: In([...codes]) }, order: { position: 'ASC' } }),
      (task) => task.fundingStreamCode,
    ),
    policyGoal: keyedLoader(
      (ids: readonly string[]) => db.getRepository(PolicyGoal).findBy({ id: In([...ids]) }),
      (goal) => goal.id,
    ),
    policyGoalsOfMunicipality: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(PolicyGoal).find({ where: { municipalityCode: In([...codes]) }, order: { fromYear: 'ASC', number: 'ASC' } }),
      (goal) => goal.municipalityCode,
    ),
    linesOfPolicyGoal: groupedLoader((ids: readonly string[]) => linesWhere(db, 'policyGoalId', ids), (line) => line.policyGoalId!),
    linesDrawingOnAllocation: groupedLoader((ids: readonly string[]) => linesDrawingOn(db, ids), (match) => match.allocationId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
