/** Every interventions write is a kit `mutation` (role gate, references, one transaction, fresh loaders): see writes/. */
import type { MutationResolvers } from '../generated/graphql';
import { createActivity, updateActivity } from '../writes/activities';
import { createIndicator, updateIndicator } from '../writes/indicators';
import { createIntervention, updateIntervention } from '../writes/interventions';
import { recordMeasurement } from '../writes/measurements';

export const Mutation: MutationResolvers = { createIntervention, updateIntervention, createActivity, updateActivity, createIndicator, updateIndicator, recordMeasurement };
