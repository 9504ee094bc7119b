// Principles a norm states without naming them, as the Constitution and the codes mostly do: «Лицо считается
// невиновным …, пока его виновность не будет признана вступившим в законную силу приговором суда» is the
// presumption of innocence, «Никто не может быть повторно осужден за одно и то же правонарушение» is non bis in idem,
// «Разбирательство дел во всех судах открытое» is publicity of the proceedings. Each canonical formulation is found
// as a mention of its principle (so the unit that states it ESTABLISHES it, and a norm cited for it does too — see
// relate/rules.ts), spanning the words that make the formulation, not the subject before them («Судья»: a body).
// Names of principles stay in vocabulary.ts; only formulations that are sentences live here.
import type { ActMention, ConceptMention, StructuredDocument } from "../types.js";
import { conceptEntry } from "./concepts.js";

interface Formulation {
  key: string;
  /** lower-case words one of which the sentence must hold before the expression is tried */
  cues: string[];
  /** the formulation; the match is the mention (a lookbehind may require what stands before it) */
  re: RegExp;
}

const W = "[\\p{L}\\p{M}-]+"; // a word
const S = "\\s+";
const G = "[^.;!?]"; // within the clause
const f = (key: string, cues: string[], source: string): Formulation => ({ key, cues, re: new RegExp(source, "giu") });

/** The canonical formulations of principles, as the Constitution and the codes word them. */
export const FORMULATIONS: Formulation[] = [
  // «Каждый (Лицо) считается невиновным …, пока его виновность не будет …» (not a verdict: «суд признал его невиновным»)
  f("презумпция_невиновности", ["невиновн"], `(?<![\\p{L}])(?:счита|предполага|презюмиру)\\p{L}*${S}невиновн\\p{L}*(?=${G}{0,200}?(?:пока|до${S}тех${S}пор|до${S}вступлени|не${S}будет))`),
  // «Никто (обвиняемый) не обязан доказывать свою невиновность»
  f("презумпция_невиновности", ["невиновн"], `(?<![\\p{L}])не${S}обязан\\p{L}*${S}доказывать${S}(?:сво\\p{L}*${S})?невиновност\\p{L}*`),
  // «(Неустранимые) сомнения в виновности … толкуются в пользу обвиняемого (в их пользу)»
  f("презумпция_невиновности", ["сомнени"], `(?<![\\p{L}])сомнени\\p{L}*${S}в${S}виновности${G}{0,80}?толку\\p{L}*${S}в${S}(?:${W}${S})?пользу`),
  // «Никто не может быть повторно осужден (привлечен к … ответственности, подвергнут …) за одно и то же правонарушение»
  // (from «никто»: an item of a list of principles opens with its principle, relate/principles.ts)
  f("недопустимость_повторного_осуждения", ["одно и то же", "одного и того же"], `(?<![\\p{L}])(?:никто${S}не${S}может${S}быть${S})?повторно${S}(?:осуж|привлеч|подверг|наказ|суд)\\p{L}*${G}{0,120}?за${S}(?:одно${S}и${S}то${S}же|одного${S}и${S}того${S}же)(?:${S}${W}){0,3}?${S}(?:правонарушени|преступлени|деяни)\\p{L}*`),
  // «Разбирательство (уголовных) дел во всех судах открытое (открыто, проводится открыто)»
  f("гласность", ["открыт"], `(?<![\\p{L}])(?:разбирательств|рассмотрени|слушани)\\p{L}*${S}(?:${W}${S}){0,2}?дел\\p{L}*${S}(?:${W}${S}){0,3}?(?:во${S}всех${S}судах|в${S}судах)${S}(?:(?:проводится|осуществляется|ведется|ведётся)${S})?открыт\\p{L}*`),
  // «Правосудие (по уголовным делам) осуществляется только (исключительно) судом», «Судебная власть … принадлежит только судам»
  f("правосудие_только_судом", ["только суд", "исключительно суд"], `(?<![\\p{L}])правосудие${S}(?:${W}${S}){0,4}?осуществляется${S}(?:только|исключительно)${S}суд(?:ом|ами)`),
  f("правосудие_только_судом", ["только суд", "исключительно суд"], `(?<![\\p{L}])судебная${S}власть${S}(?:${W}${S}){0,4}?принадлежит${S}(?:только|исключительно)${S}судам`),
  // «Судья … независим и подчиняется только Конституции» is in vocabulary.ts; «суды состоят из постоянных судей,
  // независимость которых защищается …»: the judges' independence, not a bare «независимость»
  f("независимость_судей", ["независимость которых"], `(?<=(?:судей|судьи),?${S})независимость${S}которых`),
  // «Вмешательство в деятельность судей (суда) … не допускается» (the «недопустимо» forms: vocabulary.ts)
  f("недопустимость_вмешательства", ["вмешательств"], `(?<![\\p{L}])вмешательств\\p{L}*${S}(?:${W}${S}){0,3}?в${S}(?:деятельность|работу)${S}(?:суд|судей|судьи)\\p{L}*${G}{0,80}?не${S}допуска\\p{L}*`),
  // «Все равны перед законом и судом»
  f("равенство_перед_законом", ["равны перед"], `(?<![\\p{L}])(?:все${S})?равны${S}перед${S}законом(?:${S}и${S}судом)?`),
  // «Каждый вправе … обратиться в суд за защитой нарушенных … прав» (not a prosecutor's claim «в защиту прав»)
  f("право_на_судебную_защиту", ["за защитой"], `(?<=(?<![\\p{L}])(?:каждый|всякий|любое${S}лицо)${G}{0,20}(?:вправе|имеет${S}право)${G}{0,80}?)обратиться${S}в${S}суд${S}за${S}защитой`),
];

/** Every formulation's cues: most sentences hold none and are passed over at once. */
const ANY_CUE = [...new Set(FORMULATIONS.flatMap((f) => f.cues))];

/** A principle mention inside an act's title («Закон «О …»») names the act, not the principle. */
const inTitle = (acts: ActMention[], s: number, e: number) => acts.some((a) => a.start <= s && e <= a.end && a.end - a.start > 20);

/**
 * The concepts of text[start, end) with the principles its sentences state: a formulation that a principle mention of
 * the same key already covers is left out; a principle mention a formulation covers gives way to it («судей,
 * независимость которых»: the judges' independence, not the bare word).
 */
export function withStatedPrinciples(doc: StructuredDocument, start: number, end: number, concepts: ConceptMention[], acts: ActMention[]): ConceptMention[] {
  const text = doc.clean.text;
  const stated: ConceptMention[] = [];
  let named: ConceptMention[] | undefined; // the principles found by name, listed when first needed
  // lower-cased once (where that keeps offsets: Cyrillic and Latin do), for the cues only
  const lowered = text.slice(start, end).toLowerCase();
  const same = lowered.length === end - start;
  for (const [s, e] of sentenceSpans(doc, start, end)) {
    const lower = same ? lowered.slice(s - start, e - start) : text.slice(s, e).toLowerCase();
    if (!ANY_CUE.some((c) => lower.includes(c))) continue;
    for (const form of FORMULATIONS) {
      if (!form.cues.some((c) => lower.includes(c))) continue;
      const entry = conceptEntry(form.key);
      if (!entry) continue;
      form.re.lastIndex = 0;
      const sentence = text.slice(s, e);
      for (let m = form.re.exec(sentence); m; m = form.re.exec(sentence)) {
        const ms = s + m.index, me = ms + m[0].length;
        if (inTitle(acts, ms, me)) continue;
        named ??= concepts.filter((c) => c.type === "Principle");
        if (named.some((c) => c.key === form.key && c.start < me && ms < c.end)) continue;
        stated.push({ kind: "concept", type: "Principle", key: form.key, label: entry.label, start: ms, end: me, text: m[0] });
      }
    }
  }
  if (!stated.length) return concepts;
  const superseded = new Set(named!.filter((c) => stated.some((p) => p.start <= c.start && c.end <= p.end)));
  return [...(superseded.size ? concepts.filter((c) => !superseded.has(c)) : concepts), ...stated].sort((a, b) => a.start - b.start);
}

/** The sentences within [start, end) (the whole range where the structure gave none). */
function sentenceSpans(doc: StructuredDocument, start: number, end: number): [number, number][] {
  const ss = doc.sentences;
  if (!ss.length) return [[start, end]];
  let lo = 0, hi = ss.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid].end <= start) lo = mid + 1; else hi = mid; }
  const out: [number, number][] = [];
  for (let i = lo; i < ss.length && ss[i].start < end; i++) out.push([Math.max(start, ss[i].start), Math.min(end, ss[i].end)]);
  return out;
}
