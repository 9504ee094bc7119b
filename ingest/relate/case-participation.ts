// Taking part in the hearing of cases is taking part in a court's work, whether or not the court is named:
// «Прокурор участвует в рассмотрении уголовных, гражданских и административных дел», «участие прокурора в гражданском
// судопроизводстве», «… участвует в рассмотрении уголовных, гражданских и административных дел в суде в случаях, …».
// The participant (a prosecution body: the subject, the genitive after «участие», or the list's lead-in) → the court named
// after the phrase in the sentence, else a court (the body whose proceedings they are). So is giving a conclusion on a
// case («Прокурор дает заключение по существу дела», «Прокурор вправе вступить в дело … для дачи заключения»), and so
// is bringing a claim, which goes to a court («Прокурор предъявляет иск в интересах государства»: «обращение в суд»), and
// supporting the State's accusation («Прокурор в ходе судебного разбирательства поддерживает государственное обвинение»).
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, subjectBefore } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction, interactionForm } from "./interaction.js";
import { nominativeSubject } from "./grammar-case.js";
import { cue, hasAny } from "./cues.js";
import { inAddresseeLead } from "./addressee.js";

const MAY_TAKE_PART = cue("участ", "заключени", "предъяв", "пода", "поддерж", "вступ");

const KIND = "(?:уголовн|гражданск|административн)\\p{L}*";
const CASES = new RegExp(
  `(?<![\\p{L}])(?:участв\\p{L}*|участи(?:е|я|ю|ем|и))\\s+((?:\\p{L}+\\s+){0,2}?)в\\s+(?:(?:судебном\\s+)?(?:рассмотрении|разбирательстве)\\s+(?:${KIND}(?:\\s*,\\s*|\\s+и\\s+|\\s+))+дел|${KIND}\\s+судопроизводстве)(?![\\p{L}])`,
  "giu",
);

/** «Прокурор дает заключение по существу дела»: a prosecutor's conclusion on a case is given to the court hearing it. */
const CONCLUSION = /(?<![\p{L}])(?:(?:да(?:ет|ют|л|ла|ли|ть|вать|вал\p{L}*)|дач\p{L}*)\s+(?:\p{L}+\s+)?заключени\p{L}*\s+по\s+(?:существу\s+)?(?:дел|рассматриваем)|вступ(?:ает|ают|ить|ать|ил|ила|ивш\p{L}*)\s+в\s+(?:дело|процесс)(?![\p{L}])[^.;:]{0,100}?для\s+дачи\s+заключени\p{L}*)/giu;

/** «Прокурор предъявляет иск в интересах государства», «подает исковое заявление»: a claim is brought to a court (not
 * «предъявляет обвинение», which goes to the accused). */
/** Supporting the State's accusation is done before a court (one named after it is the procedural rule's: «поддерживает
 * государственное обвинение в суде»). */
/** «Прокурор вправе вступить в дело на любой стадии процесса»: entering a case is entering a court's proceedings (for a
 * conclusion it is CONCLUSION's; «вступить в дело в качестве третьего лица» is a party's role, no form of its own). */
const ENTRY = /(?<![\p{L}])вступ(?:ает|ают|ить|ать|ил|ила)\s+в\s+(?:дело|процесс)(?![\p{L}])(?!\s+в\s+качестве)(?![^.;:]{0,100}?для\s+дачи\s+заключени)/giu;
const ACCUSATION = /(?<![\p{L}])поддерж(?:ивает|ивают|ивать|ать|ал|ала|али)\s+государственн\p{L}*\s+обвинени\p{L}*/giu;

const CLAIM = /(?<![\p{L}])(?:предъяв(?:ляет|ляют|лять|ить|ил|ила|или|ивш\p{L}*)|пода(?:ет|ют|ть|вать|вш\p{L}*))\s+(?:иск(?:и|а|ом)?|исков\p{L}*\s+заявлени\p{L}*)(?![\p{L}])/giu;

const prosecution = (b: ConceptMention) => HOLDER_KINDS.has(b.bodyKind ?? "") && family(b) === "prosecution";

export const caseParticipation: Rule = (ctx) => {
  if (!hasAny(ctx, MAY_TAKE_PART)) return [];
  const bodies = concepts(ctx, "Body");
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(CASES)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    // a topic is no statement of it: «законодательства об участии прокурора в уголовном судопроизводстве»
    if (/(?<![\p{L}])об?\s+$/iu.test(text.slice(Math.max(0, cs - 4), cs))) continue;
    const objStart = cs + /^\p{L}+\s+/u.exec(m[0])![0].length;
    // («Участвуя в гражданском судопроизводстве, прокурор …»: a gerund's subject follows its clause)
    const gerund = /^участвуя/iu.test(m[0]) ? bodies.find((b) => b.start >= ce && prosecution(b) && b.start - ce < 40) : undefined;
    const participant =
      gerund ??
      bodies.find((b) => b.start >= objStart && b.end <= objStart + m[1].length && prosecution(b)) ??
      subjectBefore(ctx, cs, prosecution) ??
      (ctx.lead && prosecution(ctx.lead) ? ctx.lead : undefined);
    if (!participant || (/^участвуя/iu.test(m[0]) && !gerund)) continue;
    // (in the clause, not the subject of the next one: «… об участии прокурора в уголовном судопроизводстве пленарное
    // заседание Верховного Суда постановляет …»)
    const rest = text.slice(ce, ctx.sentence.end).search(/[,;:]/u);
    const stop = Math.min(rest < 0 ? ctx.sentence.end : ce + rest, ce + 120);
    const named = bodies.find((b) => b.start >= ce && b.end <= stop && family(b) === "court" && !nominativeSubject(text, b));
    const court: ConceptMention = named ?? { kind: "concept", type: "Body", key: "суд", label: "Суд", bodyKind: "court", start: cs, end: ce, text: m[0] };
    const e = interaction(ctx, participant, court, [Math.min(cs, participant.start), Math.max(ce, named?.end ?? ce)], interactionForm(m[0]));
    if (e) out.push(e);
  }
  // (a court named in the sentence is the court-dative or the procedural rule's: «дает суду заключение», «предъявляет
  // иск в суд»)
  // (nor the courts a normative resolution addresses: «Судам следует иметь в виду, что … прокурор вправе вступить в дело»)
  if (!bodies.some((b) => family(b) === "court" && !inAddresseeLead(ctx, b)))
    for (const [re, form] of [[CONCLUSION, "дача заключения"], [CLAIM, "обращение в суд"], [ENTRY, "вступление в дело"]] as const)
      for (const m of ctx.text.matchAll(re)) {
        const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
        // (the agent after the conclusion, «дача заключения прокурором», but never the defendant after a claim: «иск к
        // органам прокуратуры»)
        const after = re === CONCLUSION ? bodies.find((b) => b.start >= cs && b.end <= ce + 20 && prosecution(b)) : undefined;
        const participant = subjectBefore(ctx, cs, prosecution) ?? after ?? (ctx.lead && prosecution(ctx.lead) ? ctx.lead : undefined);
        if (!participant) continue;
        const court: ConceptMention = { kind: "concept", type: "Body", key: "суд", label: "Суд", bodyKind: "court", start: cs, end: ce, text: m[0] };
        const e = interaction(ctx, participant, court, [Math.min(cs, participant.start), Math.max(ce, participant.end)], form, true);
        if (e) out.push(e);
      }
  for (const m of ctx.text.matchAll(ACCUSATION)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    if (bodies.some((b) => b.start >= cs && family(b) === "court")) continue;
    const participant = subjectBefore(ctx, cs, prosecution) ?? (ctx.lead && prosecution(ctx.lead) ? ctx.lead : undefined);
    if (!participant) continue;
    const court: ConceptMention = { kind: "concept", type: "Body", key: "суд", label: "Суд", bodyKind: "court", start: cs, end: ce, text: m[0] };
    const e = interaction(ctx, participant, court, [Math.min(cs, participant.start), Math.max(ce, participant.end)], "поддержание государственного обвинения", true);
    if (e) out.push(e);
  }
  return out;
};
