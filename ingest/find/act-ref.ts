// Act references: the kinds of acts and their names in any case, parsing of an act's heading,
// the canonical (nominative) label and the stable id derived from a reference.
import { actId, type ActKind } from "../../graph/schema.js";
import type { ActRef } from "../types.js";
import { normalizeSurface } from "./lexicon.js";

export interface ActKindWord {
  actKind: ActKind;
  /** word-form pattern of the kind word(s) */
  pattern: string;
  /** nominative form for labels */
  nominative: string;
}

/** Kind words, most specific first. */
export const ACT_KIND_WORDS: ActKindWord[] = [
  { actKind: "constitutional_law", pattern: "конституционн~ закон~", nominative: "Конституционный закон" },
  { actKind: "joint_order", pattern: "совместн~ приказ~", nominative: "Совместный приказ" },
  { actKind: "directive", pattern: "совместн~ распоряжени~", nominative: "Совместное распоряжение" },
  { actKind: "resolution", pattern: "нормативн~ постановлени~", nominative: "Нормативное постановление" },
  // «КЗ «О прокуратуре»», «КЗ РК «О судебной системе …»», «ЗРК «О …»»: abbreviations of scholarly writing, before a title
  { actKind: "constitutional_law", pattern: "КЗ(?: РК)?(?= «)", nominative: "Конституционный закон" },
  { actKind: "law", pattern: "ЗРК(?= «)", nominative: "Закон" },
  // «НП ВС РК от 20.04.2006 № 2»: the abbreviation, before the court that issues it
  { actKind: "resolution", pattern: "НП(?= (?:ВС|Верховного|КС|Конституционного))", nominative: "Нормативное постановление" },
  { actKind: "plan", pattern: "стратегическ~ план~", nominative: "Стратегический план" },
  { actKind: "law", pattern: "закон(?:а|у|ом|е|ы|ов|ам|ами|ах)?", nominative: "Закон" },
  { actKind: "decree", pattern: "указ(?:а|у|ом|е|ы|ов)?", nominative: "Указ" },
  { actKind: "order", pattern: "приказ(?:а|у|ом|е|ы|ов|ам|ами|ах)?", nominative: "Приказ" },
  { actKind: "instruction", pattern: "инструкци(?:я|и|ю|ей|ях)", nominative: "Инструкция" },
  { actKind: "rules", pattern: "правил(?:а|ам|ами|ах)?", nominative: "Правила" },
  { actKind: "regulation", pattern: "положени(?:е|я|ю|ем|и)", nominative: "Положение" },
  { actKind: "regulation", pattern: "регламент(?:а|у|ом|е)?", nominative: "Регламент" },
  { actKind: "resolution", pattern: "постановлени(?:е|я|ю|ем|и)", nominative: "Постановление" },
  { actKind: "directive", pattern: "распоряжени(?:е|я|ю|ем|и)", nominative: "Распоряжение" },
  { actKind: "treaty", pattern: "конвенци(?:я|и|ю|ей)", nominative: "Конвенция" },
  { actKind: "treaty", pattern: "(?:международн~ )?договор(?:а|у|ом|е)?", nominative: "Договор" },
  { actKind: "treaty", pattern: "соглашени(?:е|я|ю|ем|и)", nominative: "Соглашение" },
  { actKind: "concept", pattern: "концепци(?:я|и|ю|ей)", nominative: "Концепция" },
];

export interface NamedAct {
  actKind: ActKind;
  shortTitle: string;
  label: string;
  patterns: string[];
}

/** Acts known by a name or abbreviation (a vocabulary of the domain). */
export const NAMED_ACTS: NamedAct[] = [
  { actKind: "constitution", shortTitle: "Конституция", label: "Конституция Республики Казахстан", patterns: ["конституци(?:я|и|ю|ей|е)(?:\\s+(?:Республики\\s+Казахстан|РК))?"] },
  { actKind: "code", shortTitle: "ГПК", label: "Гражданский процессуальный кодекс Республики Казахстан", patterns: ["гражданск~ процессуальн~ кодекс~(?:\\s+(?:Республики\\s+Казахстан|РК))?", "ГПК(?:\\s+РК)?"] },
  { actKind: "code", shortTitle: "УПК", label: "Уголовно-процессуальный кодекс Республики Казахстан", patterns: ["уголовн~(?:-| )процессуальн~ кодекс~(?:\\s+(?:Республики\\s+Казахстан|РК))?", "УПК(?:\\s+РК)?"] },
  { actKind: "code", shortTitle: "КоАП", label: "Кодекс Республики Казахстан об административных правонарушениях", patterns: ["кодекс~ (?:Республики Казахстан )?об административных правонарушениях", "КоАП(?:\\s+РК)?"] },
  { actKind: "code", shortTitle: "АППК", label: "Административный процедурно-процессуальный кодекс Республики Казахстан", patterns: ["административн~ процедурно-процессуальн~ кодекс~(?:\\s+(?:Республики\\s+Казахстан|РК))?", "АППК(?:\\s+РК)?"] },
  { actKind: "code", shortTitle: "УК", label: "Уголовный кодекс Республики Казахстан", patterns: ["уголовн~ кодекс~(?:\\s+(?:Республики\\s+Казахстан|РК))?", "УК(?:\\s+РК)?"] },
  { actKind: "code", shortTitle: "ГК", label: "Гражданский кодекс Республики Казахстан", patterns: ["гражданск~ кодекс~(?:\\s+(?:Республики\\s+Казахстан|РК))?", "ГК(?:\\s+РК)?"] },
  { actKind: "code", shortTitle: "УИК", label: "Уголовно-исполнительный кодекс Республики Казахстан", patterns: ["уголовно-исполнительн~ кодекс~", "УИК(?:\\s+РК)?"] },
];

const MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

/** "12 июля 2021", "17.01.2023" → ISO date. */
export function parseDate(s: string): string | undefined {
  let m = /(\d{1,2})\s+([а-яё]+)\s+(\d{4})/iu.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2].toLowerCase());
    if (month >= 0) return `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  }
  m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return undefined;
}

export const DATE_SOURCE = `\\d{1,2}\\s+(?:${MONTHS.join("|")})\\s+\\d{4}\\s*(?:года|г\\.?)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s*(?:года|г\\.?))?`;
export const NUMBER_SOURCE = "№\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}/-]*)";
export const TITLE_SOURCE = "«([^«»]{2,400})»|\"([^\"]{2,400})\"";

const HEADING_NAMED = NAMED_ACTS.map((act) => ({ act, re: new RegExp(`^\\s*${act.patterns[0].replace(/~/g, "[\\p{L}]*")}`, "iu") }));
const HEADING_KINDS = ACT_KIND_WORDS.map((word) => ({ word, re: new RegExp(`^\\s*(?:${word.pattern.replace(/~/g, "[\\p{L}]*").replace(/ /g, "\\s+")})`, "iu") }));
const HEADING_NUMBER = new RegExp(NUMBER_SOURCE, "u");
/** Titles without quotes: rules and instructions by their subject, other acts from "о …", "по …". */
const SUBJECT_TITLE = /^\s+(\p{Ll}[^\n.;]{3,300})/u;
const PREPOSITION_TITLE = /^\s+((?:о|об|по|проведения|организации)\s[^\n.;]{3,300})/iu;
const HEADING_TITLE = new RegExp(TITLE_SOURCE, "u");

/** Parses the heading or title block of an act ("Приказ Генерального Прокурора … от 12 июля 2021 года № 102"). */
export function parseActHeading(text: string): ActRef {
  const lower = text.toLowerCase();
  const named = HEADING_NAMED.find((a) => a.re.test(lower))?.act;
  const kindWord = HEADING_KINDS.find((k) => k.re.test(text))?.word;
  const actKind: ActKind = named?.actKind ?? kindWord?.actKind ?? "other";
  const number = HEADING_NUMBER.exec(text)?.[1]?.replace(/[.,;]$/, "");
  const dateText = /от\s+([^№«"]{6,30})/u.exec(text)?.[1];
  const date = dateText ? parseDate(dateText) : undefined;
  const titleMatch = HEADING_TITLE.exec(text);
  const quoted = (titleMatch?.[1] ?? titleMatch?.[2])?.replace(/\s+/g, " ").trim();
  // an unquoted title: the words after the kind word ("Инструкция по организации надзора …")
  const afterKind = kindWord && !named ? text.replace(HEADING_KINDS.find((k) => k.word === kindWord)!.re, "") : "";
  const plainRe = ["rules", "instruction", "regulation"].includes(kindWord?.actKind ?? "") ? SUBJECT_TITLE : PREPOSITION_TITLE;
  // (up to a place line «г. Астана»)
  const plain = afterKind ? plainRe.exec(afterKind)?.[1]?.replace(/\s+/g, " ").trim().replace(/\s+г$/u, "") : undefined;
  // a title right after the kind word («СОГЛАШЕНИЕ о взаимодействии …») is the act's, not a quote further on
  // (the preamble's «именуемые в дальнейшем «Стороны»»)
  const quoteAfterPlain = plain !== undefined && titleMatch !== null && afterKind.indexOf(titleMatch[0]) > afterKind.indexOf(plain.split(" ")[0]);
  const title = quoted && !quoteAfterPlain ? `«${quoted}»` : plain;
  const issuer = /^\s*\S+\s+((?:Генерального\s+Прокурора|Министра\s+[\p{L}\s]+?|Правительства|Президента|Верховного\s+Суда|Конституционного\s+(?:Совета|Суда))(?:\s+Республики\s+Казахстан)?)/iu.exec(text)?.[1]?.replace(/\s+/g, " ");
  return { actKind, number, date, title, issuer, shortTitle: named?.shortTitle, ...(kindWord && !named ? { kindLabel: kindWord.nominative } : {}) };
}

/** The canonical nominative label of an act. */
export function actLabel(ref: ActRef): string {
  const named = NAMED_ACTS.find((a) => a.shortTitle === ref.shortTitle);
  if (named) return named.label;
  const kind = ref.kindLabel ?? ACT_KIND_WORDS.find((k) => k.actKind === ref.actKind)?.nominative ?? "Акт";
  const unquoted = ref.title !== undefined && !ref.title.startsWith("«");
  if (unquoted || (ref.title && ["plan", "concept", "regulation"].includes(ref.actKind ?? "") && !ref.number)) {
    return [kind, shorten(ref.title!), ref.date ? `от ${ref.date.split("-").reverse().join(".")}` : ""].filter(Boolean).join(" ");
  }
  const parts = [kind];
  if (ref.issuer) parts.push(ref.issuer);
  else if (["law", "constitutional_law", "code", "decree"].includes(ref.actKind ?? "")) parts.push("Республики Казахстан");
  if (ref.date) parts.push(`от ${ref.date.split("-").reverse().join(".")}`);
  if (ref.number) parts.push(`№ ${ref.number}`);
  if (ref.title) parts.push(ref.title);
  return parts.join(" ");
}

/** Long unquoted titles (an instruction's enumeration of what it covers) are cut at a word for the label. */
function shorten(title: string, max = 110): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:\s]+$/, "")} …`;
}

/** Normalised title key: lower case, no "Республики Казахстан", no quotes. */
function titleKey(title: string): string {
  return normalizeSurface(title)
    .replace(/\s+(республики казахстан|рк)(?![\p{L}])/gu, "")
    .replace(/[.,;:]+$/, "")
    .split(" ")
    .slice(0, 6)
    .join(" ");
}

/** The stable id of the act a reference names. */
export function actIdOf(ref: ActRef): string {
  if (ref.shortTitle) return actId(ref.shortTitle);
  const kind = ref.actKind ?? "other";
  const family = kind === "constitutional_law" ? "law" : kind;
  if (ref.number && !["law", "constitutional_law", "code"].includes(kind)) return actId(`${family}_${ref.number}`);
  if (ref.title) return actId(`${family}_${titleKey(ref.title)}`);
  if (ref.number) return actId(`${family}_${ref.number}`);
  return actId(`${family}_${ref.date ?? "unknown"}`);
}
