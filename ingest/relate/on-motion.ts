// A body acting on another's motion or with its consent: «По ходатайству прокурора суд вправе продлить срок …», «Суд по
// представлению прокурора пересматривает приговор», «Прокурор по требованию суда представляет материалы», «Суд с
// согласия прокурора вправе …». The body whose motion
// (ходатайство, представление, протест, заявление, иск, требование, запрос) it is addresses the body that acts on it.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, lower } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction, PROCEDURE_FORMS } from "./interaction.js";

const ON_MOTION = /(?<![\p{L}])(?:(?:по|на\s+основании)\s+(?:ходатайств|представлени|протест|заявлени|иск|требовани|запрос|обращени)\p{L}*|с\s+согласия)\s+/giu;
const APPOINTING = /(?<![\p{L}])(?:назнача|назначен|избира|избран|освобожд|освобожда)\p{L}*/iu;
/** A cheap first look. */
const MAY = /(?:(?:по|на\s+основании)\s+(?:ходатайств|представлени|протест|заявлени|иск|требовани|запрос|обращени)|с\s+согласия)/;
/** «выданному по иску прокурора», «вынесенного по протесту …»: the motion qualifies a noun through a participle, no body acts on it here. */
const PARTICIPLE_BEFORE = /(?<![\p{L}])\p{Ll}+(?:нн|вш|[аяую]щ|[яы]т)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ой|ей|ую|юю|ых|их|ыми|ими)\s+$/u;
/** «… могут быть пересмотрены Верховным Судом по протесту …»: a body in the instrumental after a passive verb is the one that acts. */
const PASSIVE_BEFORE = /(?<![\p{L}])\p{L}+(?:н|на|но|ны|ся|сь)\s+$/u;
const INSTRUMENTAL = /^\p{L}+(?:ом|ем|ой|ей|ым|им|ами|ями)(?!\p{L})/iu;

export const onMotion: Rule = (ctx) => {
  // (a nomination for an appointment or election is the appointment's: APPOINTS with nominatedBy, appointment.ts)
  if (!MAY.test(lower(ctx)) || APPOINTING.test(ctx.text)) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  if (bodies.length < 2) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(ON_MOTION)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    // the owner of the motion: the body right after the noun, in the genitive
    // (or after a party that is no body: «по заявлению взыскателя или судебного исполнителя»)
    const owner = bodies.find((b) => b.start === ce) ?? bodies.find((b) => b.start > ce && /^\p{L}+\s+(?:или|и)\s+$/u.test(text.slice(ce, b.start)));
    if (!owner || PARTICIPLE_BEFORE.test(text.slice(Math.max(0, cs - 30), cs))) continue;
    // «по обращениям Президента, Председателя Сената, …, Премьер-Министра»: each applicant of the list
    const owners = [owner, ...listedAfter(text, bodies, owner)];
    // the body that acts on it: another family's, in the same clause (no «;» between)
    const clause = (b: { start: number; end: number }) => !/;/u.test(text.slice(Math.min(b.end, cs), Math.max(b.start, owner.end)));
    // (the subject, not a body after a preposition: «Следователь с согласия прокурора направляет дело в суд»)
    const subject = (b: { start: number }) => !/(?<![\p{L}])(?:в|во|на|к|от|из|у|с|со|о|об|при|перед|через|по)\s+$/iu.test(text.slice(Math.max(0, b.start - 8), b.start));
    const acting = (b: ConceptMention) => !owners.includes(b) && family(b) !== family(owner) && clause(b) && subject(b);
    const agent = (b: ConceptMention) => PASSIVE_BEFORE.test(text.slice(Math.max(0, b.start - 30), b.start)) && INSTRUMENTAL.test(b.text);
    const actor = bodies.find((b) => acting(b) && agent(b)) ?? bodies.find(acting);
    if (!actor) continue;
    const form = /согласи/iu.test(m[0]) ? "дача согласия" : PROCEDURE_FORMS.find((f) => f.cue.test(m[0]))?.form ?? (/требовани|запрос/iu.test(m[0]) ? "истребование материалов" : /заявлени/iu.test(m[0]) ? "подача заявления" : "процессуальное взаимодействие");
    for (const o of owners) {
      const e = interaction(ctx, o, actor, [cs, o.end], form, true);
      if (e) out.push(e);
    }
  }
  return out;
};

/**
 * The bodies listed after `first` in the genitive: «, Председателя Сената, Председателя Мажилиса, не менее одной пятой
 * … депутатов Парламента, Премьер-Министра»; a comma or «и» between, words of a quantity allowed, never a verb nor a
 * place or destination («, принесенному в Верховный Суд»).
 */
function listedAfter(text: string, bodies: ConceptMention[], first: ConceptMention): ConceptMention[] {
  const out: ConceptMention[] = [];
  let left = first;
  for (const b of bodies) {
    if (b.start < left.end) continue;
    const gap = text.slice(left.end, b.start);
    if (!/^\s*(?:,|и|,\s*а\s+также)\s/u.test(gap) || /[;:.()«»]|(?<![\p{L}])(?:в|во|на|к|при|перед|через|по)\s|(?:ет|ют|ит|ят|ся|нн\p{L}*|вш\p{L}*)(?![\p{L}])/u.test(gap) || gap.length > 70) break;
    out.push(b);
    left = b;
  }
  return out;
}
