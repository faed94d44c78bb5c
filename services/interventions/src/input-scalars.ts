import { DateScalar, NumericScalar } from '@kansrijk/kit';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * `Date` and `Numeric` as this subgraph reads them in mutation input: output as the kit's scalars, but
 * input passed on as given and checked by the write (`writes/measurements.ts`). A scalar that refuses a
 * variable fails the whole subgraph request with HTTP 400, which the gateway can only report as an
 * internal error, and the scalar cannot name the input field; the write can do both.
 */
function lenient(scalar: GraphQLScalarType): GraphQLScalarType {
  return new GraphQLScalarType({
    ...scalar.toConfig(),
    parseValue: (value) => value,
    parseLiteral: (ast: ValueNode) => (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined),
  });
}

export const DateInput = lenient(DateScalar);
export const NumericInput = lenient(NumericScalar);
