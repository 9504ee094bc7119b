// The signature block that closes an act: the signer's office, «Республики Казахстан», and the name by initials
// («Председатель Верховного Суда / Республики Казахстан      К. Мами»; «Судья Верховного Суда Республики Казахстан,
// секретарь пленарного заседания   Ж. Баишев»). It states who signed, not what the act regulates: its sentences are
// left out of the document's sentences, so that no rule reads the signer as a body the last point speaks of.
// The cleaning stage may join the first line of the block to the act's last sentence, or split the block in
// lines: the block is found as a run of sentences, wherever the paragraphs fall.

/** The office a signer holds, at the start of the block. */
const OFFICE =
  /^(?:Исполняющ\p{L}* обязанности\s+|И\.\s?о\.\s+)?(?:Председатель|Заместитель|Первый|Министр|Генеральный\s+[Пп]рокурор|Судья|Секретарь|Президент|Премьер-[Мм]инистр|Аким|Руководитель|Государственный\s+секретарь)(?![\p{L}])/u;
/** The signer's name by initials at the end («К. Мами», «Б.Ж. Асылов», «Мами К.»). */
const NAME = /\s(?:\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+\s+\p{Lu}\.\s?(?:\p{Lu}\.)?)\s*$/u;
/** The words of the block before the name: offices, bodies, «Республики Казахстан», «секретарь …» — no sentence. */
const TITLE_WORDS = /^[\p{L} ,«»"\n-]+$/u;
/** How many sentences a block may take (the office and the name may be split at every line). */
const MAX_RUN = 4;

/**
 * The indices of the sentences (texts, in order) that make up signature blocks: a run that opens with an office,
 * holds only title words and ends with a name by initials.
 */
export function signatureSentences(texts: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    const first = texts[i].trim();
    if (!OFFICE.test(first) || first.length > 120) continue;
    for (let j = i, words = ""; j < texts.length && j < i + MAX_RUN; j++) {
      const t = texts[j].trim();
      const named = NAME.test(t);
      words += ` ${named ? t.replace(NAME, "") : t}`;
      if (words.length > 240 || !TITLE_WORDS.test(words.trim())) break;
      if (named) {
        for (let k = i; k <= j; k++) out.add(k);
        i = j;
        break;
      }
    }
  }
  return out;
}
