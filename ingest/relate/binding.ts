// Acts of one body binding on another: «Итоговые решения Конституционного Суда обязательны … для всех государственных
// органов, в том числе судов и органов прокуратуры», «Указания прокурора … обязательны для органов уголовного
// преследования», «Вступившие в законную силу судебные акты обязательны для … органов прокуратуры». The body whose
// act it is (named after the act's noun, or a court through «судебные акты / приговор») → each body bound by it,
// named after «для» (or in the instrumental after «исполнению»). Bodies of one branch («Нормативные постановления
// Верховного Суда обязательны для судов») are no interaction.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, subjectBefore } from "./context.js";
import { HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

/** The first look: a cue word of the rule in the sentence. */
const CUE = cue("обязательн", "обязан", "исполнени");

const BINDING = /(?<![\p{L}])(?:обязательн\p{L}*|общеобязательн\p{L}*|подлеж\p{L}*\s+обязательному\s+исполнению)(?![\p{L}])/giu;
/** The act's noun right before the body whose act it is: «решения Конституционного Суда», «указания прокурора». */
const ACT_NOUN = /(?<![\p{L}])(решени|постановлени|указани|требовани|предписани|акт|определени)\p{L}*\s+(?:и\s+(?:решени|постановлени|указани|требовани|предписани)\p{L}*\s+)?$/iu;
/** A court named through its act: «судебные акты», «приговор», «решения судов» (the court is a body then). */
const COURT_ACT = /(?<![\p{L}])(?:судебн\p{L}*\s+(?:акт|решени|постановлени|определени)\p{L}*|приговор\p{L}*)/iu;
const FORMS: [RegExp, string][] = [
  [/^(?:судебн|приговор)/iu, "обязательность судебных актов"],
  [/^решени/iu, "обязательность решений"],
  [/^указани/iu, "обязательность указаний"],
  [/^(?:требовани|предписани)/iu, "обязательность требований"],
];
/** «Судебный исполнитель обязан исполнить требования прокурора»: the subject is bound by the act of the body after the noun. */
const OBLIGED = /(?<![\p{L}])обязан\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:исполн|выполн|соблюда)\p{L}*\s+(?:\p{L}+\s+)?(требовани|указани|предписани|решени|постановлени|определени|акт)\p{L}*\s+$/iu;
/** «принимает меры по исполнению итоговых решений Конституционного Суда»: the subject carries out the acts of the body after the noun. */
const CARRIES_OUT = /(?<![\p{L}])(?:по\s+исполнению|обеспечива\p{L}*\s+исполнение)\s+(?:\p{L}+\s+)?(решени|постановлени|требовани|указани|предписани)\p{L}*\s+$/iu;
/** A body named in the dative: «органу», «органам», «суду». */
const DATIVE = /^\p{L}+(?:у|ю|ам|ям)(?![\p{L}])/iu;
const formOf = (noun: string) => FORMS.find(([re]) => re.test(noun))?.[1] ?? "обязательность актов";

export const binding: Rule = (ctx) => {
  if (!hasAny(ctx, CUE)) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? "") || /орган/iu.test(b.text));
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(BINDING)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    // («Указания прокурора не являются обязательными для суда»: no binding)
    if (/(?<![\p{L}])не\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(s.start, cs - 20), cs))) continue;
    // the clause of the subject: from the sentence's (or the clause's) start to the cue
    const head = text.slice(s.start, cs);
    const from = s.start + Math.max(head.lastIndexOf(";"), head.lastIndexOf(":")) + 1;
    let issuer: ConceptMention | undefined;
    let noun = "";
    for (const b of bodies) {
      if (b.start < from || b.end > cs) continue;
      const n = ACT_NOUN.exec(text.slice(Math.max(from, b.start - 60), b.start));
      if (n) { issuer = b; noun = n[1]; break; }
    }
    if (!issuer) {
      const act = COURT_ACT.exec(text.slice(from, cs));
      if (act) {
        const at = from + act.index;
        issuer = { kind: "concept", type: "Body", key: "суд", label: "Суд", bodyKind: "court", start: at, end: at + act[0].length, text: act[0] };
        noun = act[0];
      }
    }
    if (!issuer) continue;
    // the bodies bound: after «для» (or in the instrumental after «исполнению»), up to the clause's end
    const rel = text.slice(ce, s.end).search(/[;.:]/u);
    const stop = rel < 0 ? s.end : ce + rel;
    const span = text.slice(ce, stop);
    const lead = /(?<![\p{L}])(?:для|всеми|исполнению)\s/iu.exec(span);
    if (!lead) continue;
    const at = ce + lead.index;
    // («… для всех органов, за исключением судов»: an exception is not bound)
    const except = /(?<![\p{L}])(?:за\s+исключением|кроме)\s/iu.exec(text.slice(at, stop));
    const until = except ? at + except.index : stop;
    const after = bodies.filter((x) => x.start >= at && x.end <= until);
    // «Указания прокурора органу досудебного расследования обязательны для исполнения»: the body they are given to, in
    // the dative between the act and the cue, is bound
    const addressed = !after.length && /^\s*для\s+исполнени/iu.test(span) ? bodies.filter((x) => x.start >= issuer!.end && x.end <= cs && DATIVE.test(x.text)) : [];
    for (const b of [...after, ...addressed]) {
      const e = interaction(ctx, issuer, b, [Math.min(issuer.start, cs), ce], formOf(noun), true);
      if (e) out.push(e);
    }
  }
  for (const b of bodies) {
    const m = OBLIGED.exec(text.slice(Math.max(s.start, b.start - 90), b.start)) ?? CARRIES_OUT.exec(text.slice(Math.max(s.start, b.start - 90), b.start));
    if (!m) continue;
    const cs = b.start - m[0].length;
    const bound = subjectBefore(ctx, cs, (x) => x !== b && !/(?<![\p{L}])(?:в|во|на|к|от|у|с|со|о|об|при|перед|через|по)\s+$/iu.test(text.slice(Math.max(0, x.start - 6), x.start)));
    const e = bound && interaction(ctx, b, bound, [cs, b.end], formOf(m[1]), true);
    if (e) out.push(e);
  }
  return out;
};
