// What every relation rule shares: the rule type, concept ids, families, and an edge with its sentence as evidence.
import { conceptId, edgeId, type EdgeType, type GraphEdge } from "../../graph/schema.js";
import { familyOf } from "../find/vocabulary.js";
import type { ConceptMention } from "../types.js";
import { evidence, type SentenceContext } from "./context.js";

export type Rule = (ctx: SentenceContext) => GraphEdge[];

export const idOf = (m: ConceptMention) => conceptId(m.type, m.key);

/** The family of a body: courts, the prosecution, … (a court and the Supreme Court are one family). */
export const family = (m: ConceptMention) => familyOf(m.key, m.bodyKind);

/** Kinds of bodies that hold powers and act in procedures. */
export const HOLDER_KINDS = new Set(["prosecution", "court", "official", "head_of_state", "legislature", "executive"]);

export function edge(ctx: SentenceContext, type: EdgeType, source: string, target: string, focus: [number, number], props: Record<string, unknown> = {}, qualifier?: string): GraphEdge {
  const s = ctx.sentence;
  return { id: edgeId(type, source, target, qualifier), type, source, target, props, evidence: [evidence(ctx.doc, s.start, s.end, focus)] };
}
