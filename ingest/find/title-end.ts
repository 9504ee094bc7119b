// Where an unquoted title ends: «Закон о прокуратуре» is often written without quotes, and the words after it
// belong to the sentence. The title stops before the sentence's verb («… Закона о прокуратуре предусмотрено …»),
// and, where the act is named in an oblique case (so it is not the subject), before the subject of that verb:
// «В соответствии со статьей 8 Закона о прокуратуре прокуратура осуществляет …», «… Закону о судебной системе
// суды рассматривают …», «… Закона о правоохранительной службе сотрудники прокуратуры проходят …».

/** A finite verb or a short passive participle: where the sentence goes on after the title. */
const VERB = /(?<![\p{L}])\p{Ll}{2,}(?:ется|ются|ится|ятся|ает|яет|ует|ают|яют|уют|ит|ят|ено|ены|ена|ано|аны|ана)(?![\p{L}])/u;
/** Words that end a title in any case: what follows a title in a reference. */
const STOP = /\s+(?:от|№|утвержден\p{L}*|принят\p{L}*|заключенн\p{L}*)(?:\s.*)?$/u;

const PLURAL_VERB = /(?:ются|ятся|ают|яют|уют|ят)$/u;
const PASSIVE = /(?:ено|ены|ена|ано|аны|ана)$/u;
/** A noun (or adjective) that can be the subject, by the verb's number; never the genitive plural. */
const NOMINATIVE_PLURAL = /(?:[^е]ы|[^е]и|ия|ые|ие)$/u;
const NOMINATIVE_SINGULAR = /(?:а|я|ь|о|ие|ое|ее|ый|ий|ой|[бвгджзклмнпрстфхцчшщ])$/u;
const NOT_NOMINATIVE = /(?:ей|ов|ев|ых|их|ому|ему|ами|ями|ах|ях)$/u;
/** Words that may follow the subject's noun before the verb: genitive attributes, proper names. */
const ATTRIBUTE = /^(?:\p{Lu}.*|.*(?:а|я|ы|и|ов|ев|ей|ого|его|ой|ых|их|ии|ия))$/u;

function canBeSubject(word: string, plural: boolean): boolean {
  if (word.length < 3 || NOT_NOMINATIVE.test(word)) return false;
  return (plural ? NOMINATIVE_PLURAL : NOMINATIVE_SINGULAR).test(word.toLowerCase());
}

/**
 * The title in `raw` (the words after the kind word, starting with «о», «по» …), without the rest of the
 * sentence. `oblique`: the kind word is not in the nominative («Закона», «Закону», «Законе»).
 */
export function unquotedTitle(raw: string, oblique: boolean): string {
  // (and before a place line «г. Астана» cut at its dot)
  let title = raw.replace(STOP, "").replace(/\s+г$/u, "");
  const verb = VERB.exec(title);
  if (!verb) return title.trim();
  title = title.slice(0, verb.index).trim();
  const words = title.split(/\s+/u);
  // the act is the subject («Закон о прокуратуре определяет …»), or the verb is passive: no other subject here
  if (!oblique || PASSIVE.test(verb[0]) || words.length < 3) return title;
  const plural = PLURAL_VERB.test(verb[0]);
  // the leftmost word after the title's first noun that can be the subject, followed only by its attributes
  for (let k = 2; k < words.length; k++) {
    if (!canBeSubject(words[k], plural) || !words.slice(k + 1).every((w) => ATTRIBUTE.test(w))) continue;
    return words.slice(0, k).join(" ");
  }
  return title;
}
