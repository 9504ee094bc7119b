// Unquoted act titles end before the rest of the sentence: raw words after the kind word → the title.
import { describe, expect, it } from "vitest";
import { unquotedTitle } from "./title-end.js";

const cases: [raw: string, oblique: boolean, title: string][] = [
  ["о прокуратуре прокуратура осуществляет свою деятельность", true, "о прокуратуре"],
  ["о прокуратуре предусмотрено, что", true, "о прокуратуре"],
  ["о судебной системе суды рассматривают дела", true, "о судебной системе"],
  ["о статусе судей суды применяют", true, "о статусе судей"],
  ["о правоохранительной службе сотрудники прокуратуры проходят службу", true, "о правоохранительной службе"],
  ["о прокуратуре органы прокуратуры осуществляют надзор", true, "о прокуратуре"],
  ["о прокуратуре закреплены принципы", true, "о прокуратуре"],
  ["о судебной системе и статусе судей Высший Судебный Совет рассматривает", true, "о судебной системе и статусе судей"],
  // the subject stands before the act: the words up to the verb are all the title
  ["о судах и судебной системе рассматривают", true, "о судах и судебной системе"],
  ["о статусе судей пользуются", true, "о статусе судей"],
  // the act itself is the subject
  ["о прокуратуре определяет систему органов", false, "о прокуратуре"],
  ["о судебной системе и статусе судей устанавливает", false, "о судебной системе и статусе судей"],
  // no verb: the whole phrase, up to what follows a title in a reference
  ["о прокуратуре от 30 июня 2017 года", true, "о прокуратуре"],
  ["о Высшем Судебном Совете Республики Казахстан", true, "о Высшем Судебном Совете Республики Казахстан"],
  ["о взаимодействии между Верховным Судом и Генеральной прокуратурой г", false, "о взаимодействии между Верховным Судом и Генеральной прокуратурой"],
];

describe("unquotedTitle", () => {
  for (const [raw, oblique, title] of cases) it(`${raw} (${oblique ? "oblique" : "nominative"}) → ${title}`, () => expect(unquotedTitle(raw, oblique)).toBe(title));
});
