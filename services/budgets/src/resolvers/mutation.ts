/** Every budget write is a kit `mutation` (role gate, references, one transaction, fresh loaders): see writes/. */
import type { MutationResolvers } from '../generated/graphql';
import { addBudgetLine, removeBudgetLine, updateBudgetLine } from '../writes/lines';
import { addBudgetSection, createBudgetPlan, updateBudgetPlan } from '../writes/plans';
import { recordRealisation } from '../writes/realisations';

export const Mutation: MutationResolvers = { createBudgetPlan, updateBudgetPlan, addBudgetSection, addBudgetLine, updateBudgetLine, removeBudgetLine, recordRealisation };
