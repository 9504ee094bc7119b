// Appointment as the text states it: "назначается Президентом … с согласия Сената", "Президент: … назначает …",
// "избирается Сенатом по представлению Президента", "дача согласия на назначение Президентом … Генерального Прокурора".
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, cueAt, evidence, findLast, joinedWith, lower, sentenceOf, subjectBefore, type SentenceContext } from "./context.js";
import { edge, idOf, type Rule } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const MAY_APPOINT = cue("назнач", "избра", "избир");

/** "X, который назначается Президентом … с согласия Сената", "Он назначается …", "Президент назначает X",
 * "X избирается Сенатом по представлению Президента" (an election is an appointment by that body). */
/** Right before the consenting body («с согласия Сената»), and before the nominating one («по представлению Президента»). */
const CONSENT = /(?:с согласия|по согласию|по согласованию с)\s*$/iu;
const NOMINATOR = /(?:по представлению|по рекомендации|по предложению)\s*$/iu;
const cuedBy = (text: string, b: ConceptMention, re: RegExp) => re.test(text.slice(Math.max(0, b.start - 24), b.start));

export const appoints: Rule = (ctx) => {
  if (!concepts(ctx, "Body").length || !hasAny(ctx, MAY_APPOINT)) return [];
  const cue = cueAt(ctx, /(?<![\p{L}])(?:назнача(?:ется|ются)|назначаем\p{L}*|назначен(?:а|ы)?(?![\p{L}])|назначает|избира(?:ется|ются)|избираем\p{L}*|избран(?:а|ы)?(?![\p{L}])|избирает)/iu);
  if (!cue) return nominalItem(ctx);
  const text = ctx.doc.clean.text;
  const bodies = concepts(ctx, "Body");
  const gap = (a: number, b: number) => text.slice(a, b);
  const cueEnd = cue.index + cue.match[0].length;
  const after = bodies.filter((b) => b.start >= cueEnd);
  // "с согласия Сената назначает …", "по согласию Сената назначает …": the consenting body may come first
  const consent = bodies.find((b) => cuedBy(text, b, CONSENT));
  const nominator = bodies.find((b) => cuedBy(text, b, NOMINATOR));
  // "назначается на должность и освобождается от должности Президентом"
  const next = after.find((b) => b !== consent && b !== nominator && /^\s*(?:на должност\p{L}*\s+)?(?:и освобожда\p{L}*\s+от должност\p{L}*\s+)?$/iu.test(gap(cueEnd, b.start)));
  const prev = findLast(bodies, (b) => b.end <= cue.index);
  // "Судьи местных судов назначаются …": the head of the noun phrase is appointed, not its genitive attribute
  const head = prev && findLast(bodies, (b) => b.end <= prev.start && /^\s+$/u.test(gap(b.end, prev.start)));
  let appointee: ConceptMention | undefined, appointer: ConceptMention | undefined;
  if (/(?:назначает|избирает)$/iu.test(cue.match[0])) {
    appointer = subjectBefore(ctx, cue.index, (b) => b !== consent && b !== nominator);
    appointee = next ?? after.find((b) => b !== consent && b !== nominator && /^\s*(?:на должност\p{L}*\s+)?(?:и освобождает от должност\p{L}*\s+)?(?:с согласия\s+\S+(?:\s+\S+)?\s+)?$/iu.test(gap(cueEnd, b.start)));
  } else {
    appointer = next;
    if (/^\s*(Он|Она|Они)\s+(?:\p{L}+\s+)?$/u.test(gap(ctx.sentence.start, cue.index))) appointee = ctx.previous && concepts(ctx.previous, "Body")[0];
    // («Председатель Высшего Судебного Совета и его члены назначаются …»: the members are no body of their own)
    else if (prev && /^[\s,]*(?:который|которая|которые|и\s+(?:его|ее|её|их)\s+(?:члены|заместители))?\s*$/u.test(gap(prev.end, cue.index))) appointee = head ?? prev;
  }
  if (!appointee || !appointer || idOf(appointee) === idOf(appointer)) return [];
  // "назначает … Председателя Национального Банка": the chairman is appointed, not the body
  if (/(?:председател|заместител|руководител|член)\p{L}*\s+$/iu.test(text.slice(Math.max(0, appointee.start - 16), appointee.start))) return [];
  const props: Record<string, unknown> = {};
  if (consent) props.consentOf = idOf(consent);
  if (nominator) props.nominatedBy = idOf(nominator);
  // "Председатель и судьи Верховного Суда избираются …": each one listed is appointed
  const listed = concepts(ctx, "Body").includes(appointee) ? joinedWith(text, bodies, appointee).filter((b) => b !== appointer && b !== consent && b !== nominator) : [];
  const out: GraphEdge[] = [];
  for (const a of [appointee, ...listed]) {
    if (idOf(a) === idOf(appointer)) continue;
    const e = edge(ctx, "APPOINTS", idOf(appointer), idOf(a), [Math.min(appointer.start, cue.index), Math.max(appointer.end, cue.index)], props);
    if (pronounSentence(ctx) && ctx.previous) e.evidence.unshift(evidence(ctx.doc, ctx.previous.sentence.start, ctx.previous.sentence.end));
    out.push(e);
  }
  // "… назначаются Президентом, по три судьи – Сенатом и Мажилисом": the verb left out, the others appoint the same
  const rest = SHARED_APPOINTERS.exec(text.slice(appointer.end, ctx.sentence.end));
  if (rest && /^[\s\p{L},]*$/u.test(text.slice(appointer.end, appointer.end + rest.index))) {
    const from = appointer.end + rest.index + rest[0].length;
    const first = bodies.find((b) => b.start >= from && b.start - from < 2);
    for (const other of first ? [first, ...joinedWith(text, bodies, first).filter((b) => b.start > first.end)] : [])
      for (const a of [appointee, ...listed])
        if (idOf(other) !== idOf(a)) out.push(edge(ctx, "APPOINTS", idOf(other), idOf(a), [cue.index, other.end]));
  }
  return out;
};

// («…, по три судьи – соответственно Сенатом и Мажилисом»)
const SHARED_APPOINTERS = /,\s*по\s+(?:\p{L}+\s+){1,2}?[–—-]\s*(?:соответственно\s+)?/u;

/**
 * "(Сенат:) дача согласия на назначение Президентом Республики … Генерального Прокурора": the body after
 * "назначение" (in the instrumental) appoints those listed after it, with the consent of the body that gives it.
 */
export const consentToAppoint: Rule = (ctx) => {
  if (!lower(ctx).includes("назначени")) return [];
  const m = /согласи\p{L}*\s+на\s+назначени\p{L}*\s+/iu.exec(ctx.text);
  if (!m) return [];
  const at = ctx.sentence.start + m.index + m[0].length;
  const text = ctx.doc.clean.text;
  const rest = ctx.text.slice(m.index);
  const stop = ctx.sentence.start + m.index + (rest.search(/[;.]/) >= 0 ? rest.search(/[;.]/) : rest.length);
  const after = concepts(ctx, "Body").filter((b) => b.start >= at && b.end <= stop);
  const appointer = after[0] && after[0].start - at < 3 ? after[0] : undefined;
  const consent = subjectBefore(ctx, ctx.sentence.start + m.index);
  if (!appointer || !consent) return [];
  // "Председателя Национального Банка": the chairman is appointed, not the bank
  const appointees = after.slice(1).filter((b) => !/председател\p{L}*\s+$/iu.test(text.slice(b.start - 14, b.start)) && idOf(b) !== idOf(appointer));
  return appointees.map((b) => edge(ctx, "APPOINTS", idOf(appointer), idOf(b), [appointer.start, b.end], idOf(consent) !== idOf(appointer) ? { consentOf: idOf(consent) } : {}));
};

/**
 * A list item naming the act alone, under a lead-in that names who does it: «(К исключительному ведению Сената
 * относятся:) 1) избрание по представлению Президента Республики Председателя Верховного Суда, председателей
 * судебных коллегий и судей Верховного Суда …». The officers named after the noun (up to «;») are appointed by the
 * lead-in body; the one after «по представлению» nominates them. Only offices are appointed («судей Верховного Суда»:
 * the court is the judges' attribute).
 */
function nominalItem(ctx: SentenceContext): GraphEdge[] {
  const m = /^\s*(?:\d+(?:-\d+)?\)\s*)?(?:избрание|назначение)\s+(?:на\s+должност\p{L}*\s+)?/iu.exec(ctx.text);
  const appointer = ctx.lead;
  if (!m || !appointer) return [];
  const at = ctx.sentence.start + m[0].length;
  const semi = ctx.text.indexOf(";", m[0].length);
  const stop = ctx.sentence.start + (semi >= 0 ? semi : ctx.text.length);
  const text = ctx.doc.clean.text;
  const after = concepts(ctx, "Body").filter((b) => b.start >= at && b.end <= stop);
  const nominator = after.find((b) => cuedBy(text, b, NOMINATOR));
  const consent = after.find((b) => cuedBy(text, b, CONSENT));
  const appointees = after.filter((b) => b !== nominator && b !== consent && b.bodyKind === "official" && idOf(b) !== idOf(appointer));
  const props: Record<string, unknown> = {};
  if (consent) props.consentOf = idOf(consent);
  if (nominator) props.nominatedBy = idOf(nominator);
  const leadSentence = appointer.start < ctx.sentence.start ? sentenceOf(ctx, appointer) : undefined;
  return appointees.map((b) => {
    const e = edge(ctx, "APPOINTS", idOf(appointer), idOf(b), [ctx.sentence.start, b.end], props);
    if (leadSentence) e.evidence.unshift(evidence(ctx.doc, leadSentence.sentence.start, leadSentence.sentence.end));
    return e;
  });
}

const pronounSentence = (ctx: SentenceContext) => /^\s*(Он|Она|Они)\s/u.test(ctx.text);

