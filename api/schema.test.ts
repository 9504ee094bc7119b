import { buildSchema, isEnumType, isObjectType, isScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { EDGE_TYPES, NODE_TYPES } from "../graph/schema.js";
import { resolvers } from "./resolvers/index.js";
import { loadTypeDefs } from "./typeDefs.js";

const schema = buildSchema(loadTypeDefs());
const own = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(t.name));

describe("api/schema.graphql", () => {
  it("names the node and edge types of graph/schema.ts, no more, no fewer", () => {
    const values = (name: string) => (schema.getType(name) as import("graphql").GraphQLEnumType).getValues().map((v) => v.name);
    expect(values("NodeType")).toEqual([...NODE_TYPES]);
    expect(values("EdgeType")).toEqual([...EDGE_TYPES]);
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const t of own) {
      if (!t.description) missing.push(t.name);
      if (isObjectType(t))
        for (const f of Object.values(t.getFields())) {
          if (!f.description) missing.push(`${t.name}.${f.name}`);
          for (const a of f.args) if (!a.description && !["id", "from", "to", "a", "b", "regulating", "name"].includes(a.name) && !a.defaultValue) missing.push(`${t.name}.${f.name}(${a.name})`);
        }
      if (isEnumType(t)) for (const v of t.getValues()) if (!v.description) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("has no mutations or subscriptions (read-only)", () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it("has resolvers only for types and fields the schema has", () => {
    const wrong: string[] = [];
    for (const [typeName, fields] of Object.entries(resolvers)) {
      const t = schema.getType(typeName);
      if (!t) wrong.push(typeName);
      else if (isObjectType(t)) {
        for (const f of Object.keys(fields)) if (!t.getFields()[f]) wrong.push(`${typeName}.${f}`);
      } else if (!isScalarType(t)) wrong.push(typeName);
    }
    expect(wrong).toEqual([]);
  });
});
