// A sentence of a scholarly writing that only discusses the law states no fact of it: a scholar's opinion («По мнению
// А.Н. Ахпанова, прокурор должен быть наделен правом …», «Е.И. Ким, полагающий, что …»), a proposal de lege ferenda
// («Предлагаем закрепить …», «Считаем целесообразным дополнить …», «прокурор должен быть наделен правом …»), an
// unreal condition («Если бы Генеральный Прокурор был вправе …»), the Soviet past («в советский период прокурор
// осуществлял общий надзор», «Прокуратура Казахской ССР была подотчетна Генеральному прокурору СССР») and another
// state's law («В Российской Федерации прокурор вправе …», «Генеральный прокурор Российской Федерации вносит …»).
// The sentence rules pass such sentences over (the acts they name are still mentioned). Only sentences outside an
// act's text: in an act, «должен» is an obligation and another state is a party.
import type { SentenceContext } from "./context.js";
import { cue, hasAny } from "./cues.js";
import { PROPOSAL } from "./grounds.js";

const MAY_DISCUSS = cue(
  "мнени", "полага", "счита", "позици", "предлага", "предложен", "целесообраз", "должен быть наделен", "должны быть наделены",
  "следует наделить", "если бы", "советск", "ссср", "рсфср", "российск", "росси", "рф", "беларус", "узбекист", "кыргыз", "таджик", "армени", "молдов",
  "азербайдж", "украин", "франци", "фрг", "германи", "сша", "великобритани", "зарубежн", "иностранн", "ряде ",
);

/** A named scholar's view: «по мнению А.Н. Ахпанова», «по мнению ряда авторов», «Е.И. Ким, полагающий, что». */
const OPINION =
  /[Пп]о\s+мнению\s+(?:\p{Lu}\.\s?){1,2}\s?\p{Lu}|[Пп]о\s+мнению\s+\p{Lu}\p{Ll}+\s+\p{Lu}\.|[Пп]о\s+мнению\s+(?:ряда\s+|некоторых\s+|многих\s+)?(?:автор|учен|исследовател|процессуалист|юрист)|(?:\p{Lu}\.\s?){1,2}\s?\p{Lu}\p{Ll}+,?\s+(?:полага\p{L}*|счита\p{L}*|утвержда\p{L}*|предлага\p{L}*),?\s+что|позици\p{L}*\s+(?:занима|придержива)\p{L}*/u;
/** The law as the writer wishes it: «должен быть наделен правом», «следует наделить прокурора …». */
const WISH = /долж(?:ен|на|ны)\s+быть\s+наделен\p{L}*|(?:следует|необходимо|целесообразно)\s+наделить/iu;
const UNREAL = /(?<![\p{L}])если\s+бы(?![\p{L}])/iu;
/** The Soviet past. */
const PAST = /(?<![\p{L}])[Вв]о?\s+(?:советск\p{L}*|дореволюционн\p{L}*|досоветск\p{L}*)\s+(?:период|время|годы|эпох\p{L}*)|(?<![\p{L}])(?:СССР|Казахской\s+ССР|КазССР|РСФСР|Союза\s+ССР)(?![\p{L}])/u;
const STATES =
  "Российск\\p{L}*\\s+Федераци\\p{L}*|России|РФ|Республик\\p{L}*\\s+(?:Беларусь|Узбекистан|Кыргызстан|Таджикистан|Армения|Молдова|Азербайджан)|Кыргызской\\s+Республик\\p{L}*|Украин\\p{L}*|Франци\\p{L}*|ФРГ|Германи\\p{L}*|США|Великобритани\\p{L}*";
/** Another state, where the law spoken of is in force: «В Российской Федерации …», «в зарубежных странах». */
const ABROAD = new RegExp(
  `(?<![\\p{L}])(?:[Вв]о?|[Пп]о\\s+законодательству)\\s+(?:${STATES}|зарубежных\\s+(?:странах|государствах)|иностранных\\s+государствах|ряде\\s+(?:зарубежных\\s+|иностранных\\s+)?(?:стран|государств))(?![\\p{L}])`,
  "u",
);
/** A body of another state («Генеральный прокурор Российской Федерации вносит …»), in a sentence that names no Kazakh
 * one (with one, the other state's body is a partner: «… сотрудничает с Генеральной прокуратурой Российской Федерации»). */
const ITS_BODY = new RegExp(`(?:прокурор\\p{L}*|прокуратур\\p{L}*|[Сс]уд\\p{L}*)\\s+(?:${STATES})(?![\\p{L}])`, "u");
const KAZAKH = /Казахстан|(?<![\p{L}])РК(?![\p{L}])/u;

/** Whether the sentence (outside an act's text) only discusses the law: an opinion, a proposal, the past or abroad. */
export function discussedOnly(ctx: SentenceContext): boolean {
  if (ctx.frame || !hasAny(ctx, MAY_DISCUSS)) return false;
  const t = ctx.text;
  return OPINION.test(t) || WISH.test(t) || PROPOSAL.test(t) || UNREAL.test(t) || PAST.test(t) || ABROAD.test(t) || (ITS_BODY.test(t) && !KAZAKH.test(t));
}
