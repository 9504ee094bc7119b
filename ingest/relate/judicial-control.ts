// Judicial control over another body's acts: «Следственный судья рассматривает жалобы на действия (бездействие) и
// решения прокурора», «Действия (бездействие) судебного исполнителя могут быть обжалованы в суд». The court → the
// body whose actions and decisions it reviews on complaint (form «судебный контроль»).
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, joinedWith } from "./context.js";
import { family, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

const MAY_COMPLAIN = cue("жалоб", "обжалова");

/** «действия (бездействие) и решения», «решения и действия», «постановления»: what of a body is complained of. */
const DOINGS = "(?:действи|решени|бездействи|постановлени|отказ)\\p{L}*(?:\\s*\\(бездействи\\p{L}*\\))?(?:\\s*,?\\s*(?:и|или|а\\s+также)\\s+(?:действи|решени|бездействи|постановлени)\\p{L}*(?:\\s*\\(бездействи\\p{L}*\\))?)?\\s+$";
/** «жалобы на действия … » right before the body. */
const COMPLAINED = new RegExp(`(?<![\\p{L}])жалоб\\p{L}*\\s+на\\s+${DOINGS}`, "iu");
/** «Действия (бездействие) … » opening the clause right before the body. */
const OPENING = new RegExp(`(?:^\\s*|[.;:]\\s*|\\d[.)]\\s*)${DOINGS}`, "iu");
const FILED = /^[^;.]{0,80}?(?<![\p{L}])(?:пода\p{L}*|направля\p{L}*|обжалу\p{L}*|приносится|приносятся)\s(?:[^;.]{0,60}?\s)?(?:в\s+)?$/iu;
const APPEALED = /^[^;.]{0,80}?(?<![\p{L}])обжалова\p{L}*\s+(?:\p{L}+\s+){0,4}?в\s+$/iu;

export const judicialControl: Rule = (ctx) => {
  if (!hasAny(ctx, MAY_COMPLAIN)) return [];
  const bodies = concepts(ctx, "Body");
  const courts = bodies.filter((b) => family(b) === "court");
  if (!courts.length) return [];
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  const out: GraphEdge[] = [];
  const push = (court: ConceptMention, body: ConceptMention, from: number) => {
    const e = interaction(ctx, court, body, [Math.min(from, court.start), Math.max(body.end, court.end)], "судебный контроль", true);
    if (e) out.push(e);
  };
  for (const b of bodies) {
    if (family(b) === "court") continue;
    const before = text.slice(Math.max(s.start, b.start - 90), b.start);
    const complained = COMPLAINED.exec(before);
    if (complained) {
      // the court that considers the complaint: the subject before the phrase
      const at = b.start - complained[0].length;
      // (else the court the complaint is filed with: «Жалоба на … решения прокурора подается … следственному судье»)
      const court = courts.filter((c) => c.end <= at).pop() ?? courts.find((c) => c.start > b.end && FILED.test(text.slice(b.end, c.start)));
      // (and the bodies listed with it: «… решения прокурора, органов уголовного преследования»)
      if (court) for (const x of [b, ...joinedWith(text, bodies, b).filter((y) => y.start > b.end && family(y) !== "court")]) push(court, x, at);
      continue;
    }
    const opening = OPENING.exec(text.slice(Math.max(s.start, b.start - 60), b.start));
    if (!opening) continue;
    // «… могут быть обжалованы в суд»: the court the appeal goes to
    const court = courts.find((c) => c.start > b.end && APPEALED.test(text.slice(b.end, c.start)));
    if (court) push(court, b, b.start - opening[0].length);
  }
  return out;
};
