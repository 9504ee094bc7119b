// A criminal case passing between the court and the prosecutor: «Суд возвращает дело прокурору для устранения
// препятствий …», «Уголовное дело возвращается судом прокурору», «При отказе прокурора от обвинения суд прекращает
// дело», «Отказ прокурора от обвинения влечет прекращение дела судом», «Прокурор вправе отозвать протест до начала
// заседания суда апелляционной инстанции».
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, lower, subjectBefore } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

const MAY_FLOW = cue("возвра", "отказ", "отозва", "отзыв");

/** «возвращает (уголовное) дело прокурору», «дело возвращается судом прокурору»: the body in the dative after it gets it back. */
const RETURNED = /(?<![\p{L}])возвра(?:щает|щают|тить|тит|щается|щаются|щени\p{L}*)\s+(?:(?:уголовн\p{L}*\s+)?(?:дел[ао]?|материал\p{L}*)\s+)?/giu;
/** «отказ(а, е) прокурора от обвинения», «прокурор отказался от обвинения». */
const WAIVER = /(?<![\p{L}])отказ(?:а|е|ом)?\s+(?:\p{L}+\s+){0,2}?от\s+(?:государственного\s+)?обвинени\p{L}*/iu;
/** «Прокурор вправе отозвать (апелляционный) протест до начала заседания суда …», «отзыв протеста прокурора». */
const WITHDRAWAL = /(?<![\p{L}])(?:отозва\p{L}*|отзыв(?:а|е|ом)?)\s+(?:\p{L}+\s+)?протест\p{L}*/iu;
const DATIVE = /^\p{L}+(?:у|ю|ам|ям)(?!\p{L})/u;
const INSTRUMENTAL = /^\p{L}+(?:ом|ем|ами|ями)(?!\p{L})/u;
const AFTER_PREPOSITION = /(?<![\p{L}])(?:в|во|на|к|от|у|с|со|о|об|при|перед|через|по|для)\s+$/iu;

export const caseFlow: Rule = (ctx) => {
  const l = lower(ctx);
  if (!hasAny(ctx, MAY_FLOW)) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  if (bodies.length < 2 && !/отказ|отозва|отзыв/.test(l)) return [];
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  const out: GraphEdge[] = [];
  const push = (a: ConceptMention, b: ConceptMention, cue: [number, number], form: string) => {
    const e = interaction(ctx, a, b, cue, form, true);
    if (e) out.push(e);
  };
  for (const m of ctx.text.matchAll(RETURNED)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    // a case goes back to the prosecution: the prosecution body in the dative right after (past an agent)
    const after = bodies.filter((b) => b.start >= ce && b.start - ce < 40);
    const to = after.find((b) => family(b) === "prosecution" && DATIVE.test(b.text));
    if (!to) continue;
    const agent = after.find((b) => b !== to && family(b) === "court" && INSTRUMENTAL.test(b.text));
    const actor = agent ?? subjectBefore(ctx, cs, (b) => family(b) === "court" && !AFTER_PREPOSITION.test(text.slice(Math.max(0, b.start - 8), b.start)));
    if (actor) push(actor, to, [Math.min(actor.start, cs), Math.max(to.end, ce)], "возвращение дела прокурору");
  }
  for (const [re, form] of [[WAIVER, "отказ от обвинения"], [WITHDRAWAL, "отзыв протеста"]] as const) {
    const m = re.exec(ctx.text);
    if (!m) continue;
    const cs = s.start + m.index, ce = cs + m[0].length;
    // the prosecutor waiving the charge or withdrawing the protest (named in it, or its subject) and the court named in
    // the sentence (none named: no interaction)
    const prosecutor = bodies.find((b) => b.start > cs && b.end < ce && family(b) === "prosecution") ?? subjectBefore(ctx, cs, (b) => family(b) === "prosecution");
    const court = bodies.find((b) => family(b) === "court" && !(b.start >= cs && b.end <= ce));
    if (prosecutor && court) push(prosecutor, court, [Math.min(cs, court.start), Math.max(ce, court.end)], form);
  }
  return out;
};
