// Sentence splitting of Russian legal and scholarly text. A sentence ends at . ! ? … (and closing
// quotes or brackets after them) before an upper-case letter, a digit or an opening quote, except
// after abbreviations that precede what they name ("ст. 3", "п. 5", "г. Минске", "т.е."), after
// initials ("Ф.М. Кобзырев") and after the number of a list item or heading ("1.", "Статья 5.").
// Deliberately split: "… Конституция РК. В развитие …" ("РК." ends sentences in the corpus far more
// often than it abbreviates inside one). Paragraph breaks always end a sentence. Linear.

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that stand before the word or number they name. */
const PREFIX = new Set([
  "ст", "стст", "ч", "п", "пп", "подп", "им", "см", "ср", "тов", "проф", "акад", "доц", "гр", "ул", "обл",
  "стр", "рис", "табл", "гл", "разд", "абз", "ред", "утв", "изм", "доп", "напр", "прим", "с", "т", "е", "ч",
]);
const BOUNDARY = /[.!?…]+[»")\]]*(?=\s+\S)/g;
const HEADING_NUMBER = /^(?:(?:Статья|Глава|Раздел|Параграф|Приложение)\s+)?(?:\d+(?:-\d+)?|[IVXLC]+)$/iu;

function isBoundary(text: string, paraStart: number, markEnd: number, punctStart: number): boolean {
  let next = markEnd;
  while (next < text.length && /\s/.test(text[next])) next++;
  const c = text[next];
  if (!c || !/[\p{Lu}\d«"(\[–—]/u.test(c)) return false;
  if (text[punctStart] !== ".") return true;
  if (text.slice(punctStart, markEnd).startsWith("...")) return true;
  // the word right before the period
  let ws = punctStart;
  while (ws > paraStart && !/\s/.test(text[ws - 1])) ws--;
  const word = text.slice(ws, punctStart).replace(/^[(«"[]+/, "");
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return false; // initials
  const last = word.toLowerCase().split(".").pop() ?? "";
  if (PREFIX.has(last)) return false;
  if (last === "г") {
    // "1995 г. Закон" ends a sentence; "г. Минске" does not
    const before = text.slice(Math.max(paraStart, ws - 6), ws);
    return /\d\s*$/.test(before);
  }
  if (punctStart - paraStart < 24 && HEADING_NUMBER.test(text.slice(paraStart, punctStart).trim())) return false;
  return true;
}

/** Sentences of text[start, end), trimmed; never across a paragraph break ("\n\n"). */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let para = start;
  while (para < end) {
    let paraEnd = text.indexOf("\n\n", para);
    if (paraEnd === -1 || paraEnd > end) paraEnd = end;
    let sentence = para;
    BOUNDARY.lastIndex = para;
    for (let m = BOUNDARY.exec(text); m && m.index < paraEnd; m = BOUNDARY.exec(text)) {
      const markEnd = m.index + m[0].length;
      if (markEnd >= paraEnd) break;
      if (isBoundary(text, para, markEnd, m.index)) {
        push(sentence, markEnd);
        sentence = markEnd;
      }
    }
    push(sentence, paraEnd);
    para = paraEnd + 2;
  }
  return out;
}
