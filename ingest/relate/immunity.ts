// Immunity: «Генеральный Прокурор не может быть арестован, …, привлечен к уголовной ответственности без согласия
// Сената», «Судья не может быть освобожден от должности без согласия …». The body whose consent is required acts
// on the protected one: an interaction from the consenting body to the protected body.
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, lower, subjectBefore, type SentenceContext } from "./context.js";
import { HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";

/** «не может быть арестован, подвергнут приводу …, привлечен к … ответственности»: the protected measures. */
const PROTECTED = /(?<![\p{L}])не\s+мо(?:жет|гут)\s+быть\s+((?:[\p{L}-]+,?\s+){0,24}?(?:арестован|задержан|привлечен|подвергнут|освобожден|отстранен|лишен)\p{L}*)/iu;
/** «без согласия Сената», «без санкции …», «без предварительного согласия …». */
const WITHOUT = /(?<![\p{L}])без\s+(?:предварительного\s+)?(?:согласия|санкции|разрешения)\s+/iu;

/** A cheap first look for the words of PROTECTED and WITHOUT. */
const MAY_PROTECT = /не\s+мо(?:жет|гут)\s+быть/;

const holder = (b: { bodyKind?: string }) => HOLDER_KINDS.has(b.bodyKind ?? "");

export const immunity: Rule = (ctx: SentenceContext) => {
  if (!lower(ctx).includes("без") || !MAY_PROTECT.test(lower(ctx))) return [];
  const measure = PROTECTED.exec(ctx.text);
  const without = measure && WITHOUT.exec(ctx.text.slice(measure.index));
  if (!measure || !without) return [];
  const start = ctx.sentence.start + measure.index;
  const consentAt = start + without.index + without[0].length;
  const bodies = concepts(ctx, "Body").filter(holder);
  const consenting = bodies.find((b) => b.start === consentAt);
  const protectedBody = consenting && subjectBefore(ctx, start, (b) => holder(b) && b !== consenting);
  if (!consenting || !protectedBody) return [];
  const form = /арестован|задержан|привлечен|подвергнут/iu.test(measure[1]) ? "согласие на привлечение к ответственности" : "согласие на освобождение от должности";
  const e: GraphEdge | undefined = interaction(ctx, consenting, protectedBody, [start, consenting.end], form, true);
  return e ? [e] : [];
};
