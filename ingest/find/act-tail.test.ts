// Where an act's reference ends after its number (acts.ts tailAt): input text → the acts found, with their titles.
import { describe, expect, it } from "vitest";
import { findActMentions } from "./acts.js";

const cases: { name: string; text: string; acts: { number?: string; title?: string }[] }[] = [
  {
    name: "a full stop after the number ends the order's heading: the next sentence's law and title are the law's",
    text: "Приказ Генерального Прокурора Республики Казахстан от 30 сентября 2021 года № 118. В соответствии со статьей 11 Конституционного закона Республики Казахстан «О прокуратуре» ПРИКАЗЫВАЮ:",
    acts: [{ number: "118", title: undefined }, { title: "«О прокуратуре»" }],
  },
  {
    name: "a date written with full stops stays inside the reference",
    text: "приказом Генерального Прокурора РК от 17.01.2023 № 32 «О некоторых вопросах организации прокурорского надзора»",
    acts: [{ number: "32", title: "«О некоторых вопросах организации прокурорского надзора»" }],
  },
];

describe("find: the end of an act's reference", () => {
  for (const c of cases)
    it(c.name, () => expect(findActMentions(c.text).map((m) => ({ number: m.ref.number, title: m.ref.title }))).toMatchObject(c.acts));
});
