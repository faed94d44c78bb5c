import { badUserInput, writeTransaction } from '@kansrijk/kit';
import type { Context } from '../subgraph';
import { writeAudit } from '../audit-log';
import { figuresChanged } from '../figures/queue';
import { Indication, type NonParticipationReason } from '../entities';
import { assertPartnerOf } from './write-access';

export interface RecordReferralInput {
  indication: string;
  referredOn?: string | null;
  nonParticipationReason?: NonParticipationReason | null;
}

/** Referral (toeleiding) and non-participation are recorded by the organisation that issued the indication. */
export async function recordReferral(input: RecordReferralInput, ctx: Context): Promise<Indication> {
  // Read, check and write in one serializable transaction, so a referral date and a reason for
  // non-participation recorded at the same moment both survive.
  const written = await writeTransaction(ctx.dataSource, async (tx) => {
    const indication = await tx.getRepository(Indication).findOneBy({ id: input.indication });
    const reader = assertPartnerOf(ctx, indication?.issuerId);
    const found = indication!;
    if (!input.referredOn && !input.nonParticipationReason) throw badUserInput('input.referredOn', 'give a referral date, a reason for non-participation, or both');
    if (input.referredOn && input.referredOn < found.issuedOn) throw badUserInput('input.referredOn', 'lies before the date of issue');
    if (input.referredOn && found.registeredOn && input.referredOn > found.registeredOn) {
      throw badUserInput('input.referredOn', 'lies after the registration at the VE location');
    }
    const changes = {
      referredOn: input.referredOn ?? found.referredOn,
      nonParticipationReason: input.nonParticipationReason ?? found.nonParticipationReason,
    };
    await tx.getRepository(Indication).update({ id: found.id }, changes);
    await writeAudit(tx, reader, [{ action: 'WRITE', recordType: 'INDICATION', organisationId: found.issuerId, recordIds: [found.id] }]);
    return { ...found, ...changes };
  });
  figuresChanged(ctx.dataSource);
  return written;
}
