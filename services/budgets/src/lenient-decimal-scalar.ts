import { DecimalScalar } from '@kansrijk/kit';
import { GraphQLScalarType, Kind } from 'graphql';

/**
 * The `Decimal` scalar with the kit's output, but input passed through as given: the mutations check
 * every amount with `parseAmount(field, ...)`, so a bad amount is BAD_USER_INPUT naming its field.
 * Refused here, it would fail variable coercion in this subgraph, which answers HTTP 400, and the
 * gateway turns a subgraph's 400 into an internal error without the field.
 */
export const LenientDecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: DecimalScalar.description,
  serialize: DecimalScalar.serialize,
  parseValue: (value) => value,
  parseLiteral: (ast) =>
    ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : { invalid: ast.kind },
});
