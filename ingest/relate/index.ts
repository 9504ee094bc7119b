// Stage 5: relate — nodes and edges with evidence from one resolved document.
import { edgeId, type GraphEdge } from "../../graph/schema.js";
import type { CorpusIndex } from "../resolve.js";
import type { Diagnostic, GraphFragment, ResolvedDocument, ResolvedMention } from "../types.js";
import { evidence, listLeadIn, normsOf, sentenceContexts, type SentenceContext } from "./context.js";
import { actNode, citedProvision, conceptNodes, impliedBodyNode, NodeSet, structureNodes } from "./nodes.js";
import { SENTENCE_RULES } from "./rules.js";
import { inBibliography } from "./bibliography.js";
import { discussedOnly } from "./discussed.js";
import { mayConcernParties } from "./parties.js";
import { amendedUnits } from "./amended-units.js";
import { opensItem, outsideTitles, repealListOf } from "./repeal-list.js";

// (also «Внести в приказ … № 60 «…» (зарегистрирован …) следующие изменения:» — the act named between)
const AMENDING = /(?:внесении|внести)\s+(?:\p{L}+\s+){0,3}?(?:изменени|дополнени)|(?<![\p{L}])(?:внести|вносятся)\s+в\s+(?:[\p{L}-]+\s+){0,3}?(?:приказ|постановлени|закон|кодекс|инструкци|правил|указ|распоряжени|положени|регламент)[^;:]{0,600}?(?:следующ\p{L}*\s+)?(?:изменени|дополнени)|изложить в (?:новой |следующей )?редакции/iu;
const REPEALED_BY = /утратил\p{L}*\s+силу/iu;
const REPEALING = /признать\s+утратившим\p{L}*\s+силу/iu;
/** Right before a unit repealed: the cue itself, or the number of the item under it. */
const REPEALED_UNIT = /(?:утратившим\p{L}*\s+силу\s*:?\s*|^\s*\d+\)\s*)$/u;
// (also «пленарное заседание Верховного Суда постановляет:», spaced «п о с т а н о в л я е т:»)
const ENACTING = /ПРИКАЗЫВА(?:Ю|ЕМ)|ПОСТАНОВЛЯ(?:Ю|ЕТ)|РЕШИЛ|ПОСТАНОВЛЯЕМ|(?:приказываю|постановля(?:ет|ю|ем))\s*:|п о с т а н о в л я е т/u;
// (a normative resolution is adopted «в целях правильного и единообразного применения судами норм ГПК» or «в связи с
// вопросами … при применении» a code: it stands under the code it explains)
const GROUNDED = /в соответствии с|на основании|во исполнение|согласно|руководствуясь|в целях реализации|в целях (?:[\p{L}-]+\s+){0,4}?применения|при применении/iu;
/** «Согласно статье 4 Конституции … настоящее нормативное постановление включается в состав действующего права»: the
 * act says under which norm it is law. */
const SELF_GROUNDED = /настоящ\p{L}*\s+(?:нормативн\p{L}*\s+)?(?:постановлени|приказ|решени|распоряжени)\p{L}*\s+(?:включа\p{L}+\s+в\s+состав\s+действующего\s+права|явля\p{L}+\s+общеобязательн)/iu;

export function relate(resolved: ResolvedDocument, index: CorpusIndex): { fragment: GraphFragment; diagnostics: Diagnostic[] } {
  // units named in an amending point are the amended act's; its new wording is theirs
  const { doc, edges: amending, provisions: reworded } = amendedUnits(resolved, index);
  const set = new NodeSet();
  for (const e of amending) set.addEdge(e);
  const diagnostics: Diagnostic[] = [];
  const s = doc.structured;
  const text = s.clean.text;
  const ids = (r: ResolvedMention) => (r.resolution.status === "resolved" ? r.resolution.ids : []);

  // acts whose text is here, their structure, and what their heading says of amendment and repeal
  for (const f of s.acts) {
    const head = evidence(s, f.headStart, f.headEnd);
    const node = set.add(actNode(index, f.id, head.quote ? [head] : []));
    if (f.status) node.props.status = f.status;
    structureNodes(set, s, f, node.label);
    if (f.parentActId) set.addEdge({ id: edgeId("PART_OF", f.id, f.parentActId), type: "PART_OF", source: f.id, target: f.parentActId, props: { appendix: f.appendixNumber }, evidence: head.quote ? [head] : [] });
    const headActs = doc.mentions.filter((r) => r.mention.kind === "act" && r.mention.start >= f.headStart && r.mention.end <= f.headEnd);
    const repeal = REPEALED_BY.exec(text.slice(f.headStart, f.headEnd));
    for (const r of headActs)
      for (const id of ids(r)) {
        if (id === f.id) continue;
        const at = r.mention.start - f.headStart;
        if (repeal && at > repeal.index && at - repeal.index < 40) {
          set.addEdge({ id: edgeId("REPEALS", id, f.id), type: "REPEALS", source: id, target: f.id, props: {}, evidence: [evidence(s, f.headStart + repeal.index, r.mention.end)] });
          node.props.status = "repealed";
          node.props.repealedBy = id;
        } else if (AMENDING.test(text.slice(Math.max(f.headStart, r.mention.start - 80), r.mention.start))) {
          set.addEdge({ id: edgeId("AMENDS", f.id, id), type: "AMENDS", source: f.id, target: id, props: {}, evidence: [evidence(s, Math.max(f.headStart, r.mention.start - 80), r.mention.end)] });
        }
      }
  }

  // nodes for every act, provision and concept mentioned
  for (const r of doc.mentions) {
    const m = r.mention;
    const ev = () => evidence(s, m.start, m.end);
    if (m.kind === "act") for (const id of ids(r)) { const n = set.nodes.get(id) ?? set.add(actNode(index, id, [])); set.addEvidence(n, ev); }
    if (m.kind === "citation") for (const id of ids(r)) {
      const actId = id.split("#")[0];
      if (!set.nodes.has(actId)) set.add(actNode(index, actId, [ev()]));
      citedProvision(set, index, actId, id, ev());
    }
    if (r.resolution.status === "unknown" && m.kind !== "concept" && diagnostics.length < 50)
      diagnostics.push({ doc: s.clean.id, file: s.clean.path, reason: `unresolved reference «${m.text.slice(0, 80)}»: ${r.resolution.reason}`, place: { line: 0, column: 0, offset: m.start }, ruleId: `resolve/${m.kind}`, severity: "info" });
  }
  // the items of a new wording: units of the act amended
  for (const p of reworded) citedProvision(set, index, p.id.split("#")[0], p.id, p.evidence, p.text);
  conceptNodes(set, doc);

  // sentence rules, and what the units of an act cite or amend
  for (const ctx of sentenceContexts(doc)) {
    // every rule needs a mention in the sentence (a body, power, principle, act or citation), or a list
    // item's lead-in body: sentences with neither are passed over
    // (or the parties of an agreement, named once: «Стороны осуществляют …», relate/parties.ts)
    // (a bibliography entry names a work, not facts: relate/bibliography.ts; nor does an opinion, a proposal, the
    // Soviet past or another state's law in a writing: relate/discussed.ts)
    if ((ctx.mentions.length || ctx.lead || mayConcernParties(ctx)) && !inBibliography(ctx) && !discussedOnly(ctx)) for (const rule of SENTENCE_RULES) for (const e of rule(ctx)) set.addEdge(e);
    if (!ctx.frame) continue;
    const norms = normsOf(ctx);
    if (!norms.length) continue;
    const source = ctx.sentence.unitId ?? ctx.frame.id;
    const plain = outsideTitles(ctx);
    const amending = AMENDING.test(plain);
    const repealLead = REPEALING.test(plain) ? undefined : repealsByLead(ctx);
    // an item of a list of repealed acts approved as an appendix: the order it belongs to repeals
    const list = repealListOf(ctx);
    const repealing = REPEALING.test(plain) || repealLead !== undefined || list !== undefined;
    const by = list ?? ctx.frame.id;
    const enacting = (ENACTING.test(ctx.text) || SELF_GROUNDED.test(ctx.text)) && GROUNDED.test(ctx.text);
    for (const n of norms) {
      const id = n.id;
      if (id === source || id === ctx.frame.id || source.startsWith(`${id}#`) || ctx.frame.parentActId === id) continue;
      const act = id.split("#")[0];
      const ev = evidence(s, ctx.sentence.start, ctx.sentence.end, [n.start, n.end]);
      // a cross-reference inside the act («в порядке, предусмотренном пунктом 4) части второй статьи 58 настоящего
      // Кодекса»): one unit cites another, not one it lies in; nothing else follows from it
      if (act === ctx.frame.id) {
        if (source !== ctx.frame.id && !source.startsWith(`${id}__`) && crossReference(ctx, n)) set.addEdge({ id: edgeId("CITES", source, id), type: "CITES", source, target: id, props: { internal: true }, evidence: [ev] });
        continue;
      }
      set.addEdge({ id: edgeId("CITES", source, id), type: "CITES", source, target: id, props: {}, evidence: [ev] });
      if (repealing && !id.includes("#") && (!list || opensItem(ctx, n))) {
        set.addEdge({ id: edgeId("REPEALS", by, id), type: "REPEALS", source: by, target: id, props: {}, evidence: repealLead ? [evidence(s, repealLead.sentence.start, repealLead.sentence.end), ev] : [ev] });
        // «Признать утратившим силу приказ …»: the repealed act's status says so
        const target = set.nodes.get(id);
        if (target && target.props.status !== "repealed") { target.props.status = "repealed"; target.props.repealedBy = by; }
      }
      // «2) пункт 3 приказа … № 89;» under «Признать утратившими силу:»: the unit is repealed, its act stays
      else if (repealing && (list ? opensItem(ctx, n) : REPEALED_UNIT.test(text.slice(Math.max(ctx.sentence.start, n.start - 40), n.start))))
        set.addEdge({ id: edgeId("REPEALS", by, id), type: "REPEALS", source: by, target: id, props: {}, evidence: repealLead ? [evidence(s, repealLead.sentence.start, repealLead.sentence.end), ev] : [ev] });
      else if (amending && !id.includes("#"))
        set.addEdge({ id: edgeId("AMENDS", ctx.frame.id, id), type: "AMENDS", source: ctx.frame.id, target: id, props: {}, evidence: [ev] });
      // "В соответствии с … Закона … ПРИКАЗЫВАЮ": the act is issued under that law
      if (enacting) set.addEdge({ id: edgeId("SUBORDINATE_TO", ctx.frame.id, act), type: "SUBORDINATE_TO", source: ctx.frame.id, target: act, props: { basis: [id] }, evidence: [ev] });
    }
  }

  // every edge end is a node: acts named only by a rule (the Constitution) get one from the edge's quote
  const edges: GraphEdge[] = [];
  for (const e of set.edges.values()) {
    for (const end of [e.source, e.target]) {
      if (set.nodes.has(end)) continue;
      if (end.startsWith("act:") && !end.includes("#")) set.add(actNode(index, end, e.evidence.slice(0, 1)));
      else { const body = impliedBodyNode(end, e.evidence.slice(0, 1)); if (body) set.add(body); }
    }
    if (set.nodes.has(e.source) && set.nodes.has(e.target)) edges.push(e);
    else diagnostics.push({ doc: s.clean.id, file: s.clean.path, reason: `dropped ${e.type} edge: no node for ${set.nodes.has(e.source) ? e.target : e.source}`, ruleId: "relate/dangling", severity: "warning" });
  }
  return { fragment: { nodes: [...set.nodes.values()], edges }, diagnostics };
}

/** An item of a list whose lead-in repeals («Признать утратившими силу некоторые приказы …: 1) приказ … № 61;»). */
function repealsByLead(ctx: SentenceContext): SentenceContext | undefined {
  const lead = listLeadIn(ctx, 50);
  return lead && REPEALING.test(lead.text) ? lead : undefined;
}

const frameUnits = new WeakMap<object, Set<string>>();
/**
 * Whether a unit of the sentence's own act is really referred to: a unit of the act in this text, or one named with
 * «настоящего Кодекса / настоящей Инструкции» (a bare «статьи 122» in an instruction, which has no articles, is
 * a damaged reference to another act).
 */
function crossReference(ctx: SentenceContext, n: { id: string; start: number }): boolean {
  const frame = ctx.frame!;
  let ids = frameUnits.get(frame);
  if (!ids) {
    ids = new Set();
    const walk = (us: typeof frame.units) => us.forEach((u) => (ids!.add(u.id), walk(u.children)));
    walk(frame.units);
    frameUnits.set(frame, ids);
  }
  if (ids.has(n.id)) return true;
  const m = ctx.mentions.find((r) => r.mention.start === n.start)?.mention;
  if (m?.kind !== "citation") return false;
  return m.act?.backRef === "self" || /^\s+настоящ\p{L}*\s+\p{Lu}?\p{Ll}/u.test(ctx.doc.clean.text.slice(m.end, m.end + 30));
}
