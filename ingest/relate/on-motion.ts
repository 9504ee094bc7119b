// A body acting on another's motion or with its consent: «По ходатайству прокурора суд вправе продлить срок …», «Суд по
// представлению прокурора пересматривает приговор», «Прокурор по требованию суда представляет материалы», «Суд с
// согласия прокурора вправе …». The body whose motion
// (ходатайство, представление, протест, заявление, иск, требование, запрос) it is addresses the body that acts on it.
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, lower } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction, PROCEDURE_FORMS } from "./interaction.js";

const ON_MOTION = /(?<![\p{L}])(?:по\s+(?:ходатайств|представлени|протест|заявлени|иск|требовани|запрос)\p{L}*|с\s+согласия)\s+/giu;
const APPOINTING = /(?<![\p{L}])(?:назнача|назначен|избира|избран|освобожд|освобожда)\p{L}*/iu;
/** A cheap first look. */
const MAY = /(?:по\s+(?:ходатайств|представлени|протест|заявлени|иск|требовани|запрос)|с\s+согласия)/;

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
    const owner = bodies.find((b) => b.start === ce);
    if (!owner) continue;
    // the body that acts on it: another family's, in the same clause (no «;» between)
    const clause = (b: { start: number; end: number }) => !/;/u.test(text.slice(Math.min(b.end, cs), Math.max(b.start, owner.end)));
    // (the subject, not a body after a preposition: «Следователь с согласия прокурора направляет дело в суд»)
    const subject = (b: { start: number }) => !/(?<![\p{L}])(?:в|во|на|к|от|из|у|с|со|о|об|при|перед|через|по)\s+$/iu.test(text.slice(Math.max(0, b.start - 8), b.start));
    const actor = bodies.find((b) => b !== owner && family(b) !== family(owner) && clause(b) && subject(b));
    if (!actor) continue;
    const form = /согласи/iu.test(m[0]) ? "дача согласия" : PROCEDURE_FORMS.find((f) => f.cue.test(m[0]))?.form ?? (/требовани|запрос/iu.test(m[0]) ? "истребование материалов" : "процессуальное взаимодействие");
    const e = interaction(ctx, owner, actor, [cs, owner.end], form, true);
    if (e) out.push(e);
  }
  return out;
};
