// The units of a body named by what they do: «Департамент по надзору за законностью судебных актов по гражданским
// и административным делам Генеральной прокуратуры», «Комитет по правовой статистике и специальным учетам»,
// «Главное управление по надзору …». Such a name is open-ended, so no vocabulary lists it: its head word (in any
// case) and «по …» up to the body it belongs to, a bracket, a punctuation mark or a verb make a Body of its own
// (the words after «по» do not change with the case: «Департаменту по надзору …» is the same unit). A short name
// it is given («(далее – Департамент)») names it again later in the text. The unit's kind is its parent's (the body
// named right after it, or in its definition), else `other`.
import type { ConceptMention } from "../types.js";

type BodyKind = NonNullable<ConceptMention["bodyKind"]>;

/** The head words of a unit's name (any case) and their nominative. */
const HEADS: [string, string][] = [
  ["главн(?:ое|ого|ому|ым|ом)\\s+управлени(?:е|я|ю|ем|и)", "Главное управление"],
  ["департамент(?:а|у|ом|е)?", "Департамент"],
  ["управлени(?:е|я|ю|ем|и)", "Управление"],
  ["служб(?:а|ы|е|у|ой)", "Служба"],
  ["комитет(?:а|у|ом|е)?", "Комитет"],
  ["отдел(?:а|у|ом|е)?", "Отдел"],
  // a court's collegium («Судебная коллегия по делам несовершеннолетних …»; the usual ones are in the vocabulary)
  ["судебн(?:ая|ой|ую|ые|ых|ым|ыми|ом)\\s+коллеги(?:я|и|ю|ей|й|ям|ями|ях)", "Судебная коллегия"],
];
const HEAD_WORDS: [RegExp, string][] = HEADS.map(([src, label]) => [new RegExp(`^${src}$`, "iu"), label]);
const HEAD = new RegExp(`(?<![\\p{L}])(${HEADS.map(([src]) => src).join("|")})\\s+по\\s+`, "giu");
/** The key of a unit's name starts with its head's nominative: «департамент_по_…». */
const UNIT_KEY = new RegExp(`^(?:${HEADS.map(([, label]) => label.toLowerCase().replace(/ /g, "_")).join("|")})_по_`, "u");
/** A word that ends the name: a verb (by its ending or its word), or a word no name has. */
const STOP_WORD = /^(?:вправе|обязан\p{L}*|может|могут|не|также|которы\p{L}*|которое|является|являются|входит|входят|при|республики|рк|для|согласно|о|об|к|ко|от)$|(?:ет|ют|ит|ят|ется|ются|ал|ала|али|ало|ать|ять|ить|еть)$/iu;
const WORD = /[\p{L}-]+|\d+|[^\s\p{L}\d]/gu;
const MAX_WORDS = 16;
const DEFINED = /^\s*\(\s*далее\s*(?:по\s+тексту\s*)?[-–—]\s*([\p{Lu}][\p{L}-]{1,40}(?:\s+[\p{L}-]+){0,2})\s*\)/u;

/** Whether a Body key is a unit's name found here («департамент_по_…»). */
export const isUnitKey = (key: string) => UNIT_KEY.test(key);

/** A unit's name in text[start, end), as a Body mention; `bodies`: the other bodies found there (they end a name). */
export function findUnitBodies(text: string, start: number, end: number, bodies: ConceptMention[]): ConceptMention[] {
  const out: ConceptMention[] = [];
  const bodyAt = new Map(bodies.map((b) => [b.start, b]));
  const seg = text.slice(start, end);
  for (const m of seg.matchAll(HEAD)) {
    const at = start + m.index;
    // (a unit the vocabulary knows, «Комитет по правовой статистике …», keeps its name there)
    if (bodyAt.has(at) || bodies.some((b) => b.start < at && at < b.end)) continue;
    const head = HEAD_WORDS.find(([re]) => re.test(m[1].replace(/\s+/g, " ")))![1];
    // the words of the name after «по»
    WORD.lastIndex = at + m[0].length;
    let nameEnd = -1, words = 0, parent: ConceptMention | undefined;
    for (let w = WORD.exec(text); w && w.index < end && words < MAX_WORDS; w = WORD.exec(text)) {
      parent = bodyAt.get(w.index);
      if (parent || !/^[\p{L}-]+$/u.test(w[0]) || STOP_WORD.test(w[0])) break;
      nameEnd = w.index + w[0].length;
      words++;
    }
    if (words === 0) continue;
    if (parent && /\S/.test(text.slice(nameEnd, parent.start))) parent = undefined;
    const rest = text.slice(at + m[0].length, nameEnd).replace(/\s+/g, " ");
    const label = `${head} по ${rest}`;
    const kind: BodyKind = parent?.bodyKind ?? "other";
    const unit: ConceptMention = { kind: "concept", type: "Body", key: label.toLowerCase().replace(/\s+/g, "_"), label, bodyKind: kind, start: at, end: nameEnd, text: text.slice(at, nameEnd) };
    out.push(unit);
    // «(далее – Департамент)» after the name (and its body): later mentions of that short name are the unit
    const after = parent ? parent.end : nameEnd;
    const d = DEFINED.exec(text.slice(after, Math.min(end, after + 80)));
    if (d) out.push(...shortNames(text, after + d[0].length, end, d[1], unit, parent?.bodyKind));
    // «… (далее – Департамент) является структурным подразделением Генеральной прокуратуры»
    if (!parent) {
      const tail = text.slice(nameEnd, Math.min(end, nameEnd + 160));
      const of = PART_OF.exec(tail);
      const owner = of ? bodyAt.get(nameEnd + of.index + of[0].length) : undefined;
      if (owner?.bodyKind) unit.bodyKind = owner.bodyKind;
    }
  }
  // a unit is of one kind wherever it is named (its body may be named only once)
  const kinds = new Map<string, BodyKind>();
  for (const u of out) if (u.bodyKind && u.bodyKind !== "other") kinds.set(u.key, u.bodyKind);
  for (const u of out) if (u.bodyKind === "other" && kinds.has(u.key)) u.bodyKind = kinds.get(u.key);
  return out;
}

/** «является структурным подразделением », «входит в структуру », before the body the unit belongs to. */
const PART_OF = /^[^.;]*?(?:являет\p{L}*\s+(?:\p{L}+\s+)?(?:подразделени|ведомств|орган)\p{L}*|входит\s+в\s+(?:структуру|состав|систему))\s+/u;

/** Later mentions of a unit's short name («Департамент», «Департамента», «Департаменту» …; an abbreviation as it is). */
function shortNames(text: string, from: number, end: number, short: string, unit: ConceptMention, parentKind?: BodyKind): ConceptMention[] {
  const stem = HEAD_WORDS.some(([re]) => re.test(short)) ? short.replace(/(?:а|у|ом|е|я|ю|ем|и|ы|ой)$/u, "") : short;
  const forms = new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:а|у|ом|е|я|ю|ем|и|ы|ой)?(?![\\p{L}])`, "gu");
  const out: ConceptMention[] = [];
  forms.lastIndex = from;
  for (let m = forms.exec(text); m && m.index < end; m = forms.exec(text)) {
    // («Департамент по …» is a name of its own)
    if (/^\s+по\s/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    out.push({ ...unit, bodyKind: parentKind ?? unit.bodyKind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
