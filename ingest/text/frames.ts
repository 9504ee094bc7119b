// The acts whose text is in a document: the main act and the acts approved as its appendices
// (an order's Instruction and Rules). Each gets a frame: id and metadata from its heading block,
// the span of its text and its unit tree.
import { parseActHeading, actIdOf } from "../find/act-ref.js";
import type { ActRef, ActFrame } from "../types.js";
import { assignIds, buildUnits, type Para } from "./tree.js";
import { APPENDIX_HEAD, APPENDIX_TITLE, APPENDIX_TITLE_ANY_CASE, markerOf } from "./units.js";

/** "Приказ Генерального Прокурора … от 12 июля 2021 года № 102", "Закон Республики Казахстан от …" */
const HEADING =
  /^(?:Совместн(?:ый|ое)\s+(?:[Пп]риказ|[Пп]остановление|[Рр]аспоряжение)|Приказ|Постановление|Нормативное постановление|Указ|Закон|Кодекс|Конституционный закон|Распоряжение|Решение)(?!\p{L})/u;
const ENACTING = /^(?:ПРИКАЗЫВАЮ|ПРИКАЗЫВАЕМ|ПОСТАНОВЛЯЕТ|ПОСТАНОВЛЯЮ|РЕШИЛ)(?!\p{L})/u;
const REPEALED = /Утратил\p{L}* силу|Утративш\p{L}* силу/u;
const NOT_TITLE = /^(?:Сноска|Утвержден|Утратил|Утративш|Приложение|Зарегистрирован|Примечание|\(|ИЗПИ)/u;
/** "Утверждена приказом …", "Утверждены совместным постановлением …", or a bare "УТВЕРЖДЕН" line */
const APPROVED = /^Утвержден\p{L}*(?:\s+(?:совместн\p{L}*\s+)?(?:приказ|постановлени|указ|решени|распоряжени)\p{L}*|\s*$)/iu;
/** appendices "к приказу …" are acts of their own; "к Инструкции …" are units of the act they belong to */
const TO_ACT = /^(?:совместн|приказ|постановлени|указ|закон|решени|распоряжени)/u;

/** "ИНСТРУКЦИЯ по …" → "Инструкция по …"; "КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН" → "Конституция Республики Казахстан". */
export function titleCase(s: string): string {
  const fixed = /\p{Ll}/u.test(s)
    ? s.replace(/^(\p{Lu})(\p{Lu}{2,})(?![\p{L}])/u, (_w, a: string, b: string) => a + b.toLowerCase())
    : s.charAt(0) + s.slice(1).toLowerCase();
  return fixed.replace(/(?<![\p{L}])республик(и|а|е|у|ой) казахстан(?![\p{L}])/gu, "Республик$1 Казахстан");
}

/** The heading cut after the act's number ("… № 102. Зарегистрирован …" → "… № 102"). */
function cutHeading(s: string): string {
  const m = /№\s*[\p{L}\p{N}][\p{L}\p{N}/-]*/u.exec(s);
  if (m) return s.slice(0, m.index + m[0].length).replace(/[.,;]$/, "");
  const dot = s.search(/\.\s/);
  return dot > 0 ? s.slice(0, dot) : s;
}

interface Region {
  from: number;
  to: number;
  appendixNumber?: string;
}

/** Where the appendix acts begin: "Приложение N к приказу" followed by an act title, or a bare act title. */
function regions(paras: Para[]): Region[] {
  const out: Region[] = [{ from: 0, to: paras.length }];
  let bodyStarted = false;
  let appendices = 0;
  for (let i = 0; i < paras.length; i++) {
    const t = paras[i].text;
    const app = APPENDIX_HEAD.exec(t);
    const titled = paras.slice(i, i + 5).findIndex((p) => APPENDIX_TITLE_ANY_CASE.test(p.text));
    if (app && app[2] && TO_ACT.test(app[2]) && titled >= 0) {
      out[out.length - 1].to = i;
      appendices = app[1] ? Number(app[1].split("-")[0]) : appendices + 1;
      out.push({ from: i, to: paras.length, appendixNumber: app[1] ?? String(appendices) });
      i += titled;
      bodyStarted = false;
      continue;
    }
    if (bodyStarted && APPROVED.test(t) && titled >= 0) {
      // "Утверждена приказом … от … № 40" over "Инструкция о …": the approved act begins at that line
      out[out.length - 1].to = i;
      appendices++;
      out.push({ from: i, to: paras.length, appendixNumber: String(appendices) });
      i += titled;
      bodyStarted = false;
      continue;
    }
    if (bodyStarted && APPENDIX_TITLE.test(t)) {
      // an act title with its "Приложение" heading lost (as in the official PDF of order № 102)
      let from = i;
      while (from > out[out.length - 1].from + 1 && /^Утвержден/u.test(paras[from - 1].text)) from--;
      out[out.length - 1].to = from;
      appendices++;
      out.push({ from, to: paras.length, appendixNumber: String(appendices) });
      bodyStarted = false;
      continue;
    }
    if (markerOf(t) || ENACTING.test(t)) bodyStarted = true;
  }
  return out.filter((r) => r.to > r.from);
}

function frameOf(paras: Para[], region: Region, fallbackTitle: string, taken: Set<string>, parent?: ActFrame): ActFrame {
  const own = paras.slice(region.from, region.to);
  let body = own.findIndex((p) => (markerOf(p.text) && !APPENDIX_HEAD.test(p.text)) || ENACTING.test(p.text));
  if (body < 0) body = own.length;
  const head = own.slice(0, body);
  if (body < own.length && ENACTING.test(own[body].text)) head.push(own[body++]);
  const headingPara = head.find((p) => HEADING.test(p.text) && /№|от\s+\d/u.test(p.text));
  const titlePara = parent
    ? head.find((p) => APPENDIX_TITLE_ANY_CASE.test(p.text))
    : head.find((p) => p !== headingPara && !NOT_TITLE.test(p.text) && !ENACTING.test(p.text) && !REPEALED.test(p.text));
  const title = titlePara ? titleCase(titlePara.text) : undefined;
  let ref: ActRef = parseActHeading(headingPara ? cutHeading(headingPara.text) : (title ?? fallbackTitle));
  if (title && (ref.actKind ?? "other") === "other") {
    const t = parseActHeading(title);
    if (t.actKind !== "other") ref = { ...ref, actKind: t.actKind, shortTitle: t.shortTitle ?? ref.shortTitle, title: ref.title ?? t.title };
  }
  if (title && !ref.title && /^Об?\s/u.test(title)) ref = { ...ref, title: `«${title}»` };
  // an appendix of no kind named by its title only («Перечень утративших силу некоторых приказов …»): its title names it
  if (parent && title && !ref.title && !ref.number && (ref.actKind ?? "other") === "other") ref = { ...ref, title };
  const status = head.some((p) => REPEALED.test(p.text)) ? "repealed" : undefined;
  let id = actIdOf(ref);
  if (taken.has(id)) id = `${id}_${region.appendixNumber ?? taken.size}`;
  taken.add(id);
  const units = buildUnits(own.slice(body), ref.actKind === "code");
  assignIds(id, units);
  const start = own[0]?.start ?? 0;
  return {
    id,
    actKind: ref.actKind ?? "other",
    // the title as an ActRef gives it (parseActHeading): «О …» quoted, or the words after the kind word
    title: ref.title ?? title ?? (headingPara ? cutHeading(headingPara.text) : fallbackTitle),
    ...(ref.number ? { number: ref.number } : {}),
    ...(ref.date ? { date: ref.date } : {}),
    ...(ref.issuer ? { issuer: ref.issuer } : {}),
    ...(status ? { status } : {}),
    start,
    end: own[own.length - 1]?.end ?? start,
    headStart: head[0]?.start ?? start,
    headEnd: head[head.length - 1]?.end ?? start,
    ...(parent ? { parentActId: parent.id, appendixNumber: region.appendixNumber } : {}),
    units,
  };
}

/** The act frames of an act document; [] when no unit of an act is found. */
export function findFrames(paras: Para[], fallbackTitle: string): ActFrame[] {
  const frames: ActFrame[] = [];
  const taken = new Set<string>();
  for (const r of regions(paras))
    frames.push(frameOf(paras, r, fallbackTitle, taken, r.appendixNumber !== undefined ? frames[0] : undefined));
  return frames.some((f) => f.units.length > 0) ? frames : [];
}
