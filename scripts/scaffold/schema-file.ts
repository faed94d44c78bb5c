import type { SubgraphNames } from './names';

/**
 * The new subgraph's `schema.graphql`: Federation 2, one entity with its key, and one field on
 * Municipality (owned by partners) returning the entity's rows there, with the list size the gateway's
 * cost limit reads (`@listSize`, as every list of the other subgraphs has). Every type and field has a
 * description, as test/schema-docs.test.ts demands; they say what the scaffold made and what its
 * developer is to describe, and claim nothing about data that does not exist yet.
 */
export function schemaFile(n: SubgraphNames): string {
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize"])

"""
A ${n.entity} of the ${n.name} subgraph, kept per municipality. Replace this sentence with what one
${n.entity} is, naming the Dutch term analysts search for in italics between parentheses, as the other
subgraphs do: "A budget plan (*begroting*)"; the explorer shows it beside the name.
"""
type ${n.entity} @key(fields: "id") {
  """
  The ${n.entity}'s id, stable across loads.
  """
  id: ID!
  """
  The ${n.entity}'s name. Say here what the name is and where it comes from.
  """
  name: String!
  """
  True for rows the demo seed of the scaffold made up as examples; no source document gives them.
  """
  example: Boolean!
  """
  The municipality (*gemeente*) the ${n.entity} belongs to.
  """
  municipality: Municipality!
}

"""
A municipality (*gemeente*), owned by the partners subgraph; here what the ${n.name} subgraph keeps of it.
The fields this subgraph adds are nullable on purpose: when ${n.name} is unreachable, a query still gets
the other subgraphs' fields, with an error for these.
"""
type Municipality @key(fields: "code") {
  """
  The CBS municipality code.
  """
  code: ID!
  """
  The ${n.field} of this municipality (${n.entity} rows), ordered by name; empty when it has none.
  """
  ${n.field}: [${n.entity}!]
    # How many rows a municipality has, at most typically: the gateway's cost limit multiplies it into
    # every query that selects the field (SECURITY.md, "Limits"). Set it from the domain.
    @listSize(assumedSize: 10)
}
`;
}
