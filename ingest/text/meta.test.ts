import { describe, expect, it } from "vitest";
import { defaultMeta } from "./meta.js";

describe("defaultMeta: the kind of a document the manifest does not name", () => {
  const cases: [string, string, "act" | "article"][] = [
    ["an order under its title", "Об утверждении Инструкции\nПриказ Генерального Прокурора Республики Казахстан от 3 марта 2020 года № 35\n1. Утвердить прилагаемую Инструкцию.", "act"],
    ["a constitutional law under its title", "О прокуратуре\nКонституционный закон Республики Казахстан от 5 ноября 2022 года № 155-VII ЗРК.\nГлава 1. ОБЩИЕ ПОЛОЖЕНИЯ", "act"],
    ["the Constitution", "КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН\nПринята на республиканском референдуме 30 августа 1995 года\nРаздел I. Общие положения", "act"],
    ["a code by its first article", "Гражданский процессуальный кодекс\nот 31 октября 2015 года\nОбщие положения\nПредмет\nСтатья 1. Законодательство", "act"],
    ["enacting words deep in the head", "О мерах\nВ целях обеспечения законности\nпо вопросам\nпрокуратуры\nи судов\nПРИКАЗЫВАЮ:\n1. Утвердить", "act"],
    ["an article whose wrapped line starts with a kind word",
      "УЧАСТИЕ ПРОКУРОРА В ГРАЖДАНСКОМ ПРОЦЕССЕ\nАннотация. В статье рассматриваются формы участия прокурора.\nВ соответствии с нормами, которые устанавливает\nКонституционный закон Республики Казахстан «О прокуратуре», прокурор участвует в деле.", "article"],
    ["an article titled after a law, with its apparatus", "Закон о прокуратуре: проблемы применения\nУДК 343.1\nКлючевые слова: прокурор, суд.", "article"],
    ["a lecture that starts mid-sentence", "Взаимодействие суда и прокуратуры как совокупность\nотношений, направленных на согласованное действие\nЗакон «О Прокуратуре» устанавливает", "article"],
    ["a Kazakh abstract first", "Түйін\nМақалада өзара іс-қимыл қарастырылады.\nПриказ Генерального Прокурора упоминается", "article"],
  ];
  for (const [name, text, kind] of cases) it(name, () => expect(defaultMeta(text).kind).toBe(kind));

  it("the title is the first non-empty line", () => {
    expect(defaultMeta("\n\n  О прокуратуре  \nКонституционный закон").title).toBe("О прокуратуре");
  });
});
