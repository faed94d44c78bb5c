import { badUserInput } from '@kansrijk/kit';
import { assertMunicipalityCode } from '@kansrijk/domain';
import type { Context } from './subgraph';
import type { Municipality } from './entities';

/** A well-formed CBS code of a municipality Kansrijk holds; otherwise BAD_USER_INPUT naming `field`. */
export async function knownMunicipality(field: string, code: unknown, ctx: Context): Promise<Municipality> {
  const valid = assertMunicipalityCode(field, code);
  const municipality = await ctx.loaders.municipality.load(valid);
  if (!municipality) throw badUserInput(field, `unknown municipality ${valid}`);
  return municipality;
}
