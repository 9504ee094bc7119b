// All resolvers of api/schema.graphql.
import { GraphQLScalarType, Kind, valueFromASTUntyped } from "graphql";
import { Act, Anchor, Document } from "./documents.js";
import { CitationEdge, Edge, EdgeEdge, Evidence, Interaction, Node, Norm, Path, PrincipleUse, Stats, StructureNode, View } from "./graph.js";
import { Query } from "./query.js";

const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value.",
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast, variables) => (ast.kind === Kind.NULL ? null : valueFromASTUntyped(ast, variables)),
});

export const resolvers = {
  JSON: JSONScalar,
  Query,
  Node,
  Edge,
  EdgeEdge,
  Evidence,
  Path,
  Interaction,
  PrincipleUse,
  Norm,
  CitationEdge,
  StructureNode,
  View,
  Stats,
  Document,
  Anchor,
  Act,
};
