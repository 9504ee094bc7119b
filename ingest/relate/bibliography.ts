// A bibliography entry names works, not facts: «1. Ахметов А.А. Взаимодействие прокуратуры и суда: монография. – Алматы,
// 2019. – 230 с.», «Иванов И.И. Участие прокурора … // Вестник КазНУ. – 2020. – № 2. – С. 10–15.». The sentence rules
// pass such entries over (the acts they name are still mentioned: a bibliography cites whole acts).
import type { SentenceContext } from "./context.js";

/** An author first: «Ахметов А.А.», «Ахметов А. А.», «А.А. Ахметов», after an item's number. */
const AUTHOR = /^\s*(?:\[?\d+[.)\]]\s*)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\.\s?(?:\p{Lu}\.)?|\p{Lu}\.\s?(?:\p{Lu}\.)?\s?\p{Lu}\p{Ll}+)(?:,|\s)/u;
/** The imprint: «– Алматы, 2019», «– 230 с.», «// Вестник …», «– № 2. – С. 10». */
const IMPRINT = /[–—-]\s*(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*[:,]\s*(?:\p{L}[^,]{0,40},\s*)?\d{4}|\d+\s*с\.|С\.\s*\d)|\/\/\s*\p{Lu}/u;

/** Whether the sentence lies in a bibliography entry (its paragraph has an author first and an imprint). */
export function inBibliography(ctx: SentenceContext): boolean {
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  if (s.end - s.start >= MAX_ENTRY) return false;
  // (looked for within an entry's length only: a text with no blank lines would be searched to its start each time)
  const before = text.slice(Math.max(0, s.start - MAX_ENTRY), s.start);
  const cut = before.lastIndexOf("\n\n");
  const from = cut >= 0 ? s.start - before.length + cut + 1 : s.start <= MAX_ENTRY ? 0 : -1;
  const after = text.slice(s.end, s.end + MAX_ENTRY);
  const next = after.indexOf("\n\n");
  const to = next >= 0 ? s.end + next : s.end + after.length === text.length ? text.length : Infinity;
  if (from < 0 || to - from >= MAX_ENTRY) return false;
  const paragraph = text.slice(from, to);
  return AUTHOR.test(paragraph) && IMPRINT.test(paragraph);
}
const MAX_ENTRY = 600;
