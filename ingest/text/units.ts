// The grammar of structural units at the start of a paragraph of an act, as published on the official
// legal database (adilet): "Раздел 1. …", "Глава 2. …", "Параграф 1. …", "Статья 12. Title",
// "1. …" (a point, or a part inside an article of a code), "1) …" (a subpoint), "Приложение 1 к …".
import type { UnitKind } from "../../graph/schema.js";

export interface Marker {
  kind: UnitKind | "numbered";
  /** normalised number: "12", "5-1", Roman numerals as Arabic */
  number: string;
  /** text after the number of a heading (sections, chapters, paragraphs, articles) */
  heading?: string;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function arabic(n: string): string {
  if (!/^[IVXLC]+$/.test(n)) return n;
  let total = 0;
  for (let i = 0; i < n.length; i++) {
    const v = ROMAN[n[i]];
    total += i + 1 < n.length && ROMAN[n[i + 1]] > v ? -v : v;
  }
  return String(total);
}

const HEADED: [UnitKind, RegExp][] = [
  ["section", /^(?:Раздел|РАЗДЕЛ)\s+(\d+(?:-\d+)?|[IVXLC]+)(?![\p{L}\d])\.?\s*(.*)$/su],
  ["chapter", /^(?:Глава|ГЛАВА)\s+(\d+(?:-\d+)?|[IVXLC]+)(?![\p{L}\d])\.?\s*(.*)$/su],
  ["paragraph", /^(?:Параграф|ПАРАГРАФ)\s+(\d+(?:-\d+)?)(?![\p{L}\d])\.?\s*(.*)$/su],
  ["article", /^(?:Статья|СТАТЬЯ)\s+(\d+(?:-\d+)?)(?![\p{L}\d])\.?\s*(.*)$/su],
];
const NUMBERED = /^(\d+(?:-\d+)?)\.(?!\d)\s*(?=\S)/u;
const SUBPOINT = /^(\d+(?:-\d+)?)\)\s*/u;
/** "Приложение 1 к приказу …", "Приложение к Инструкции …" */
export const APPENDIX_HEAD = /^Приложение(?:\s+(?:№\s*)?(\d+(?:-\d+)?))?(?:\s+к\s+(\p{L}+)|\s*$)/u;
/** The title of an act approved as an appendix: "ИНСТРУКЦИЯ по …", "ПРАВИЛА проведения …". */
export const APPENDIX_TITLE = /^(?:ИНСТРУКЦИЯ|ПРАВИЛА|ПОЛОЖЕНИЕ|РЕГЛАМЕНТ|ПОРЯДОК|ПЕРЕЧЕНЬ|МЕТОДИКА|ТИПОВ\p{Lu}*)(?:\s|$)/u;
/**
 * The same title as typeset on the official database, right under an "Приложение … к приказу" heading; also all in
 * capitals ("ИНСТРУКЦИЯ ПО ОРГАНИЗАЦИИ НАДЗОРА …", at least two words after the kind word).
 */
export const APPENDIX_TITLE_ANY_CASE = /^(?:ИНСТРУКЦИЯ|ПРАВИЛА|ПОЛОЖЕНИЕ|РЕГЛАМЕНТ|ПОРЯДОК|ПЕРЕЧЕНЬ|МЕТОДИКА|ТИПОВ\p{Lu}*|Инструкция|Правила|Положение|Регламент|Порядок|Перечень|Методика|Типов\p{Ll}*)\s+(?:\p{Ll}|\p{Lu}+\s+\p{Lu}{2})/u;

export function markerOf(paragraph: string): Marker | null {
  for (const [kind, re] of HEADED) {
    const m = re.exec(paragraph);
    if (m) {
      const heading = m[2].trim().slice(0, 300);
      return { kind, number: arabic(m[1]), ...(heading ? { heading } : {}) };
    }
  }
  const app = APPENDIX_HEAD.exec(paragraph);
  // a single appendix is often not numbered: "Приложение к приказу …" is appendix 1
  if (app) return { kind: "appendix", number: app[1] ?? "1" };
  const num = NUMBERED.exec(paragraph);
  if (num) return { kind: "numbered", number: num[1] };
  const sub = SUBPOINT.exec(paragraph);
  if (sub) return { kind: "subpoint", number: sub[1] };
  return null;
}

/** Rank in the hierarchy: a unit closes every open unit of the same or a lower rank. */
export const RANK: Record<UnitKind, number> = {
  appendix: 0,
  section: 1,
  chapter: 2,
  paragraph: 3,
  article: 4,
  part: 5,
  point: 5,
  subpoint: 6,
};

/** Is `n` a plausible next number after `last` in a numbered sequence ("5" after "4", "4-1" after "4")? */
export function follows(last: string | undefined, n: string): boolean {
  const [base, ins] = n.split("-").map(Number);
  if (last === undefined) return base <= 3 || ins !== undefined;
  const [lastBase] = last.split("-").map(Number);
  if (ins !== undefined) return base === lastBase;
  return base > lastBase && base - lastBase <= 5;
}
