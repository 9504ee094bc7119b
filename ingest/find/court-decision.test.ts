// Acts in writings about courts (acts.ts): a court's decision in a case is no act of law; a quotation after a verb in
// the past tense is no act's title. Input text → the act mentions found (kind, number, date, title).
import { describe, expect, it } from "vitest";
import { findActMentions } from "./acts.js";

const cases: { name: string; text: string; acts: { actKind: string; number?: string; date?: string; title?: string; shortTitle?: string }[] }[] = [
  {
    name: "a ruling of a court's panel, by its date: no act",
    text: "Постановлением судебной коллегии по гражданским делам Алматинского городского суда от 10 октября 2022 года решение суда первой инстанции отменено.",
    acts: [],
  },
  {
    name: "the heading of a ruling: no act",
    text: "ПОСТАНОВЛЕНИЕ кассационной коллегии Верховного Суда Республики Казахстан город Астана, 14 марта 2023 года",
    acts: [],
  },
  {
    name: "a normative resolution of the Supreme Court stays an act",
    text: "в нормативном постановлении Верховного Суда Республики Казахстан от 19 декабря 2003 года № 12 «О практике применения судами законодательства об участии прокурора в уголовном процессе»",
    acts: [{ actKind: "resolution", number: "12", date: "2003-12-19" }],
  },
  {
    name: "a resolution of the Supreme Court with its number stays an act",
    text: "Постановление Верховного Суда Республики Казахстан от 20 апреля 2006 года № 2 разъясняет порядок.",
    acts: [{ actKind: "resolution", number: "2" }],
  },
  {
    name: "a resolution of the Government stays an act",
    text: "утвержденного постановлением Правительства Республики Казахстан от 9 ноября 2006 года № 1072",
    acts: [{ actKind: "resolution", number: "1072" }],
  },
  {
    name: "«положения диссертации докладывались на конференции «…»»: the conference's name is no title",
    text: "Основные положения диссертации докладывались на международной научно-практической конференции «Прокуратура и суд: проблемы взаимодействия» (Астана, 2023).",
    acts: [],
  },
  {
    name: "«НП ВС РК» is a normative resolution of the Supreme Court",
    text: "Согласно п. 3 НП ВС РК от 20.04.2006 № 2 суд обязан известить прокурора.",
    acts: [{ actKind: "resolution", number: "2", date: "2006-04-20" }],
  },
  {
    name: "«НП» without a court after it is no act",
    text: "Стороны заключили договор НП и ООО.",
    acts: [],
  },
  {
    name: "a code of another state (or the Soviet past) is another act: «ГПК Казахской ССР», «УПК РФ»",
    text: "Ранее действовавший ГПК Казахской ССР, как и статья 45 УПК РФ, предусматривал протест; ГПК РК его не знает.",
    acts: [{ actKind: "code", shortTitle: "ГПК Казахской ССР" }, { actKind: "code", shortTitle: "УПК РФ" }, { actKind: "code", shortTitle: "ГПК" }],
  },
  {
    name: "a law of another state under the same title is another act",
    text: "Закон Российской Федерации «О прокуратуре» и Конституционный закон Республики Казахстан «О прокуратуре».",
    acts: [{ actKind: "law", shortTitle: "Закон Российской Федерации «О прокуратуре»" }, { actKind: "constitutional_law", shortTitle: undefined, title: "«О прокуратуре»" }],
  },
];

describe("find: acts in writings about courts", () => {
  for (const c of cases)
    it(c.name, () => expect(findActMentions(c.text).map((m) => ({ actKind: m.ref.actKind, number: m.ref.number, date: m.ref.date, title: m.ref.title, shortTitle: m.ref.shortTitle }))).toMatchObject(c.acts.map((a) => ({ ...a }))));
});
