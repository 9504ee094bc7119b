import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "./clean.js";
import { structureDocument } from "./structure.js";
import type { ActFrame, StructuredDocument, Unit } from "./types.js";

function structure(text: string, kind = "act"): { doc: StructuredDocument; rules: string[] } {
  const { clean } = cleanDocument({ id: "t", path: "t.txt", meta: { title: "Документ", kind, languages: ["ru"], source: "manifest" }, encoding: "utf-8", text });
  const r = structureDocument(clean);
  return { doc: r.doc, rules: r.diagnostics.map((d) => d.ruleId) };
}
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** Unit ids of a frame relative to the frame's id ("#art_3__point_4"), in document order. */
function unitIds(frame: ActFrame): string[] {
  const out: string[] = [];
  const visit = (us: Unit[]) => us.forEach((u) => (out.push(u.id.slice(frame.id.length)), visit(u.children)));
  visit(frame.units);
  return out;
}

interface FrameSpec {
  actKind: string;
  units: string[];
  number?: string;
  date?: string;
  status?: string;
  title?: RegExp;
  appendixNumber?: string;
}

const CASES: [string, FrameSpec[]][] = [
  [
    "constitution.txt",
    [{ actKind: "constitution", title: /^Конституция Республики Казахстан$/, units: ["#sec_1", "#art_1", "#art_1__point_1", "#art_1__point_2", "#art_3", "#art_3__point_1", "#art_3__point_4", "#sec_7", "#art_83", "#art_83__point_1", "#art_83__point_2"] }],
  ],
  [
    "code.txt",
    [{
      actKind: "code", number: "377-V", date: "2015-10-31", title: /^Гражданский процессуальный кодекс/,
      units: ["#sec_1", "#chp_1", "#art_1", "#art_1__part_1", "#art_1__part_2", "#chp_8", "#art_72", "#art_72__part_1", "#art_72__part_2", "#art_72__part_3", "#art_72__part_3__subpoint_1", "#art_72__part_3__subpoint_2", "#art_72_1", "#art_72_1__part_1"],
    }],
  ],
  [
    "constitutional-law.txt",
    [{ actKind: "constitutional_law", number: "132", date: "2000-12-25", title: /О судебной системе/, units: ["#sec_1", "#chp_1", "#art_1", "#art_1__point_1", "#art_1__point_2", "#art_2", "#art_2__point_1"] }],
  ],
  [
    "order.txt",
    [
      { actKind: "order", number: "30", date: "2020-03-05", title: /Об утверждении Инструкции/, units: ["#point_1", "#point_2"] },
      { actKind: "instruction", appendixNumber: "1", title: /о порядке взаимодействия/, units: ["#chp_1", "#point_1", "#point_2", "#point_2__subpoint_1", "#point_2__subpoint_2", "#chp_2", "#point_3", "#point_3_1", "#point_4"] },
      { actKind: "rules", appendixNumber: "2", title: /проведения анализа судебной практики/, units: ["#chp_1", "#point_1", "#point_2"] },
    ],
  ],
  [
    // a joint order (kind word in lower case) under its title line, and the rules in its appendix
    "joint-order.txt",
    [
      { actKind: "joint_order", number: "150", date: "2019-12-18", title: /Об утверждении Правил взаимодействия/, units: ["#point_1", "#point_2"] },
      { actKind: "rules", appendixNumber: "1", title: /^взаимодействия органов прокуратуры и судов$/, units: ["#chp_1", "#point_1", "#chp_2", "#point_2"] },
    ],
  ],
  [
    // the appendix heading right-aligned over several lines, as the official database prints it
    "order-right-aligned.txt",
    [
      { actKind: "order", number: "25", date: "2019-03-20", title: /Об утверждении Инструкции/, units: ["#point_1", "#point_2"] },
      { actKind: "instruction", appendixNumber: "1", title: /^о порядке участия прокуроров/, units: ["#chp_1", "#point_1", "#point_2"] },
    ],
  ],
  [
    // "Утверждена приказом …" right-aligned over an appendix title all in capitals
    "order-caps-title.txt",
    [
      { actKind: "order", number: "44", date: "2021-03-14", title: /Об утверждении Инструкции/, units: ["#point_1", "#point_2", "#point_3"] },
      { actKind: "instruction", appendixNumber: "1", title: /^по организации надзора за законностью исполнительного производства$/i, units: ["#point_1", "#point_2", "#point_3", "#point_4", "#point_5"] },
    ],
  ],
  [
    // points numbered anew in each chapter: the whole act gets full paths so ids stay unique
    "per-chapter.txt",
    [{ actKind: "regulation", units: ["#chp_1", "#chp_1__point_1", "#chp_1__point_2", "#chp_2", "#chp_2__point_1", "#chp_2__point_2"] }],
  ],
];

describe("structureDocument: acts as published on the official legal database", () => {
  it.each(CASES)("%s", (file, specs) => {
    const { doc, rules } = structure(fixture(file));
    expect(rules).toEqual([]);
    expect(doc.acts).toHaveLength(specs.length);
    doc.acts.forEach((frame, i) => {
      const spec = specs[i];
      expect(frame.actKind).toBe(spec.actKind);
      expect(unitIds(frame)).toEqual(spec.units);
      if (spec.number) expect(frame.number).toBe(spec.number);
      if (spec.date) expect(frame.date).toBe(spec.date);
      if (spec.title) expect(frame.title).toMatch(spec.title);
      if (spec.appendixNumber) expect(frame).toMatchObject({ appendixNumber: spec.appendixNumber, parentActId: doc.acts[0].id });
      // spans nest: units inside their frame, children inside their parent, text before the first child
      const check = (u: Unit, parent: { start: number; end: number }) => {
        expect(u.start >= parent.start && u.end <= parent.end && u.textStart === u.start && u.textEnd <= u.end).toBe(true);
        u.children.forEach((c) => (expect(c.parentId).toBe(u.id), check(c, u)));
      };
      frame.units.forEach((u) => check(u, frame));
    });
  });
});

describe("structureDocument: the order № 102 of the corpus", () => {
  const { doc } = structure(readFileSync(new URL("../corpus/004_3b6c793c5468ebf9.txt", import.meta.url), "utf8"));
  const [order, instruction, rules] = doc.acts;
  const find = (f: ActFrame, suffix: string) => {
    let hit: Unit | undefined;
    const visit = (us: Unit[]) => us.forEach((u) => (u.id === f.id + suffix ? (hit = u) : visit(u.children)));
    visit(f.units);
    return hit;
  };

  it("has the order and its two appendix acts", () => {
    expect(doc.acts.map((a) => a.actKind)).toEqual(["order", "instruction", "rules"]);
    expect(order).toMatchObject({ number: "102", date: "2021-07-12", status: "repealed" });
    expect(order.title).toMatch(/О внесении изменений в приказ/);
    expect(instruction).toMatchObject({ parentActId: order.id, appendixNumber: "1" });
    expect(instruction.title).toMatch(/по организации надзора за законностью/);
    expect(rules).toMatchObject({ parentActId: order.id, appendixNumber: "2" });
    expect(rules.title).toMatch(/проведения анализа состояния законности/);
    expect(unitIds(order)).toEqual(["#point_1", "#point_1__subpoint_1", "#point_1__subpoint_2", "#point_2", "#point_2__subpoint_1", "#point_2__subpoint_2", "#point_2__subpoint_3", "#point_3", "#point_4"]);
  });

  it.each([
    ["#chp_2", null],
    ["#point_8", "#chp_2"],
    ["#point_26", "#chp_3__para_1"],
    ["#point_26__subpoint_5", "#point_26"],
    ["#point_44", "#chp_3__para_2"],
  ])("Instruction %s (parent %s)", (suffix, parent) => {
    const u = find(instruction, suffix);
    expect(u?.id).toBe(instruction.id + suffix);
    expect(u?.parentId).toBe(parent ? instruction.id + parent : null);
    expect(doc.clean.text.slice(u!.start, u!.end)).toMatch(suffix === "#chp_2" ? /^Глава 2\. Проведение проверок/ : /^\d+[.)] /);
  });

  it("numbers the Instruction's points 1–71 and the Rules' points 1–32 without gaps", () => {
    const points = (f: ActFrame) => unitIds(f).filter((s) => /^#point_\d+$/.test(s)).map((s) => Number(s.slice(7)));
    expect(points(instruction)).toEqual(Array.from({ length: 71 }, (_, i) => i + 1));
    expect(points(rules)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(find(rules, "#point_24")?.parentId).toBe(`${rules.id}#chp_3`);
  });

  it("places each sentence in its innermost unit and act", () => {
    const sp5 = find(instruction, "#point_26__subpoint_5")!;
    const s = doc.sentences.find((x) => x.start === sp5.start);
    expect(doc.clean.text.slice(s!.start, s!.end)).toBe("5) о лишении родительских прав;");
    expect(s).toMatchObject({ unitId: sp5.id, actId: instruction.id });
    const head = doc.sentences[0];
    expect(head).toMatchObject({ actId: order.id });
    expect(head.unitId).toBeUndefined();
  });
});

describe("structureDocument: texts that are not acts", () => {
  it("gives an article no acts but sentences", () => {
    const { doc, rules } = structure("Статья посвящена прокуратуре. 1) Первое. 2) Второе.\n\nВторой абзац статьи.", "article");
    expect(doc.acts).toEqual([]);
    expect(rules).toEqual([]);
    expect(doc.sentences.map((s) => doc.clean.text.slice(s.start, s.end))).toEqual(["Статья посвящена прокуратуре.", "1) Первое.", "2) Второе.", "Второй абзац статьи."]);
  });

  it("notes an act without the structure of one", () => {
    const { doc, rules } = structure("Просто текст без пунктов и статей. Ещё одно предложение.");
    expect(doc.acts).toEqual([]);
    expect(rules).toEqual(["structure/none"]);
    expect(doc.sentences).toHaveLength(2);
  });

  it("mines only Russian segments", () => {
    const { doc } = structure("Русский абзац с предложением.\n\nEnglish paragraph. Another sentence.", "lecture");
    expect(doc.sentences.map((s) => doc.clean.text.slice(s.start, s.end))).toEqual(["Русский абзац с предложением."]);
  });
});
