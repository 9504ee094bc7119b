// The pipeline on texts it was not tuned on, excerpts shaped like the official legal database — orders of the
// Prosecutor General with the instructions and rules they approve, amend or repeal, and scholarly texts (a
// lecture, an article with PDF damage). Each expected edge is a fact a lawyer reads in these texts.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";

let graph: GraphExport;
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);

beforeAll(() => {
  graph = ingestCorpus({ corpus: join(import.meta.dirname, "fixtures", "general") }).graph;
}, 120_000);

describe("an order with a preamble, a repeal and rules", () => {
  it("reads the order's number and date", () => {
    const order = graph.nodes.find((n) => n.id === "act:order_35");
    expect(order?.props).toMatchObject({ actKind: "order", number: "35", date: "2020-03-05" });
  });
  it("repeals the act it names as repealed", () => expect(has("REPEALS", "act:order_35", "act:order_10")).toBeDefined());
  it("is issued under the law its preamble names", () => expect(has("SUBORDINATE_TO", "act:order_35", "act:law_о_прокуратуре")).toBeDefined());
  it("cites the code article a point refers to", () =>
    expect(graph.edges.some((e) => e.type === "CITES" && e.target === "act:гпк#art_54" && e.source.startsWith("act:"))).toBe(true));
  it("finds the interaction the rules regulate, grounded in the rules", () => {
    const e = has("INTERACTS_WITH", "body:прокуратура", "body:суд");
    expect(e).toBeDefined();
    expect((e!.props.basis as string[]).length).toBeGreaterThan(0);
  });
  it("makes the rules in the appendix an act of their own, part of the order", () => {
    const rules = graph.nodes.find((n) => n.type === "Act" && n.label === "Правила взаимодействия органов прокуратуры с судами");
    expect(rules?.props.actKind).toBe("rules");
    expect(has("PART_OF", rules!.id, "act:order_35")).toBeDefined();
    expect(graph.nodes.some((n) => n.type === "Provision" && n.props.actId === rules!.id && n.props.number === "2")).toBe(true);
  });
  it("resolves «подпунктами 1-3 пункта 2 настоящих Правил» to the rules' own units", () => {
    const rules = graph.nodes.find((n) => n.type === "Act" && n.label === "Правила взаимодействия органов прокуратуры с судами")!;
    for (const k of ["1", "2", "3"]) expect(graph.nodes.some((n) => n.id === `${rules.id}#point_2__subpoint_${k}`), k).toBe(true);
  });
  it("finds subordination stated in a point", () => expect(has("SUBORDINATE_TO", "body:прокуратура_области", "body:генеральная_прокуратура")).toBeDefined());
});

describe("an order and the instruction it approves", () => {
  const instruction = "act:instruction_об_организации_надзора_за_законностью_судебных";
  it("makes the instruction under «Утверждена приказом …» an act of its own, part of the order", () => {
    expect(graph.nodes.find((n) => n.id === instruction)?.props.actKind).toBe("instruction");
    expect(graph.nodes.find((n) => n.id === "act:order_40")?.props.issuer).toBe("body:генеральный_прокурор");
    expect(has("PART_OF", instruction, "act:order_40")).toBeDefined();
    expect(has("CITES", `${instruction}#point_3`, "act:упк#art_414")).toBeDefined();
  });
  it("reads «подпунктом 4-1)» as one inserted subpoint, not a range", () => {
    expect(graph.edges.some((e) => e.type === "CITES" && e.target === "act:law_о_прокуратуре#art_11__subpoint_4_1")).toBe(true);
    expect(graph.edges.some((e) => e.type === "CITES" && e.target === "act:law_о_прокуратуре#art_11__subpoint_1")).toBe(false);
  });
  const cases: [string, string, string][] = [
    ["REPEALS", "act:order_40", "act:order_5"],
    ["HAS_POWER", "body:прокурор", "power:поддержание_обвинения"],
    ["HAS_POWER", "body:прокурор", "power:опротестование"],
    ["INTERACTS_WITH", "body:генеральный_прокурор", "body:верховный_суд"],
    ["SUBORDINATE_TO", "body:районная_прокуратура", "body:прокуратура_области"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());
  it("states the form of each interaction with the court, from the body that acts to the body addressed", () => {
    const forms = (a: string, b: string) => graph.edges.filter((e) => e.type === "INTERACTS_WITH" && e.source === a && e.target === b).map((e) => e.props.form);
    expect(forms("body:прокурор", "body:суд")).toEqual(expect.arrayContaining(["поддержание государственного обвинения", "опротестование актов"]));
    expect(forms("body:суд", "body:прокурор")).toEqual(expect.arrayContaining(["направление прокурору копий судебных актов", "извещение"]));
    expect(forms("body:прокурор", "body:суд")).not.toContain("извещение");
  });
});

describe("a joint order under its title line, with rules in its appendix", () => {
  const rules = "act:rules_взаимодействия_органов_прокуратуры_и_судов_при";
  it("reads the joint order's kind, number, date and issuer from the heading under the title", () => {
    expect(graph.nodes.find((n) => n.id === "act:joint_order_150")?.props).toMatchObject({ actKind: "joint_order", number: "150", date: "2019-12-18", issuer: "body:генеральный_прокурор" });
    expect(graph.nodes.some((n) => n.type === "Act" && /Совместный приказ/.test(n.label) && n.props.actKind === "other")).toBe(false);
  });
  it("makes the rules an act of their own, with points numbered through the act", () => {
    expect(has("PART_OF", rules, "act:joint_order_150")).toBeDefined();
    expect(graph.nodes.find((n) => n.id === `${rules}#point_4`)?.props.actId).toBe(rules);
  });
  const cases: [string, string, string][] = [
    ["SUBORDINATE_TO", "act:joint_order_150", "act:law_о_прокуратуре"],
    ["REPEALS", "act:joint_order_150", "act:joint_order_41"],
    ["INTERACTS_WITH", "body:генеральный_прокурор", "body:верховный_суд"],
    ["HAS_POWER", "body:прокуратура_области", "power:опротестование"],
    ["HAS_POWER", "body:генеральный_прокурор", "power:опротестование"],
    ["ESTABLISHES", `${rules}#point_2`, "principle:состязательность"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());
  it("reads the principles of the interaction as governing both parties", () => {
    for (const b of ["body:прокуратура", "body:суд"]) expect(has("GOVERNS", "principle:независимость_судей", b)?.props.interaction, b).toBe(true);
  });
  it("does not give the power to the body the information is sent to", () =>
    expect(has("HAS_POWER", "body:генеральная_прокуратура", "power:опротестование")).toBeUndefined());
});

describe("a lecture: the prosecution system, a grounded paragraph, a cassation protest", () => {
  const cases: [string, string, string][] = [
    ["PART_OF", "body:прокуратура_города_республиканского_значения", "body:прокуратура"],
    ["PART_OF", "body:главная_военная_прокуратура", "body:генеральная_прокуратура"],
    ["SUBORDINATE_TO", "body:военный_прокурор", "body:главный_военный_прокурор"],
    ["SUBORDINATE_TO", "body:военный_прокурор", "body:генеральный_прокурор"],
    ["ACCOUNTABLE_TO", "body:нижестоящий_прокурор", "body:генеральный_прокурор"],
    ["HAS_POWER", "body:генеральный_прокурор", "power:кассационный_протест"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());
  const interactions = () => graph.edges.filter((e) => e.type === "INTERACTS_WITH" && e.evidence.some((v) => v.doc === "lecture-prosecution-system"));
  const formOf = (a: string, b: string) => interactions().find((e) => e.source === a && e.target === b)?.props;
  it("grounds the claim of the paragraph in the code its lead sentence names", () =>
    expect(interactions().some((e) => e.props.form === "обращение в суд" && (e.props.basis as string[]).includes("act:гпк#art_55"))).toBe(true));
  it("addresses the cassation protest to the Supreme Court", () => expect(formOf("body:генеральный_прокурор", "body:верховный_суд")?.form).toBe("опротестование актов"));
  it("reads an exchange of information as an interaction", () => expect(formOf("body:верховный_суд", "body:генеральная_прокуратура")?.form).toBe("информационное взаимодействие"));
  it("takes no act checked for conformity as a norm or a basis, and no request for a review as an inspection", () => {
    expect(graph.edges.some((e) => e.type === "REGULATES" && e.source === "act:конституция" && e.evidence.some((v) => v.doc === "lecture-prosecution-system"))).toBe(false);
    expect(formOf("body:генеральный_прокурор", "body:конституционный_суд")?.basis).toEqual([]);
    expect(has("HAS_POWER", "body:генеральный_прокурор", "power:проверка")).toBeUndefined();
  });
});

describe("an article on the forms and principles of the interaction, with PDF damage", () => {
  const doc = "scholarly-article-interaction-forms";
  const fromDoc = (type: string, source: string, target: string) =>
    graph.edges.filter((e) => e.type === type && e.source === source && e.target === target && e.evidence.some((v) => v.doc === doc));
  it("gives each form listed after «Формы взаимодействия суда и прокуратуры:» its own edge, quoting the list", () => {
    const edges = fromDoc("INTERACTS_WITH", "body:прокуратура", "body:суд");
    expect(edges.map((e) => e.props.form)).toEqual(expect.arrayContaining(["участие в заседаниях", "опротестование актов", "обобщение судебной практики", "информационное взаимодействие"]));
    const item = edges.find((e) => e.props.form === "обобщение судебной практики")!;
    expect(item.evidence.find((v) => v.doc === doc)!.quote).toMatch(/^Формы взаимодействия суда и прокуратуры: участие прокурора/);
  });
  const cases: [string, string, string][] = [
    ["INTERACTS_WITH", "body:верховный_суд", "body:генеральная_прокуратура"],
    ["HAS_POWER", "body:прокурор", "power:надзор_за_исполнительным_производством"],
    ["HAS_POWER", "body:генеральная_прокуратура", "power:координация"],
    ["AMENDS", "act:law_о_прокуратуре", "act:law_о_судебной_системе_и_статусе_судей"],
    ["GOVERNS", "principle:взаимная_ответственность", "body:прокуратура"],
    ["APPOINTS", "body:президент", "body:генеральный_прокурор"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(fromDoc(type, source, target)).not.toEqual([]));
  it("reads the principles of the interaction as governing both parties: «прокуратуры с судом», «Законность является принципом …»", () => {
    for (const p of ["principle:независимость_судей", "principle:законность"])
      for (const b of ["body:прокуратура", "body:суд"]) expect(fromDoc("GOVERNS", p, b)[0]?.props.interaction, `${p} ${b}`).toBe(true);
  });
  it("takes neither the judges inside «независимости судей» for a party nor the Constitution inside it for a norm", () => {
    expect(fromDoc("INTERACTS_WITH", "body:прокуратура", "body:судья")).toEqual([]);
    expect(fromDoc("REGULATES", "act:конституция", "body:прокуратура")).toEqual([]);
  });
  it("names the independence of the judicial power", () =>
    expect(graph.nodes.find((n) => n.id === "principle:независимость_судей")!.evidence.some((v) => v.doc === doc && v.quote.includes("независима от законодательной"))).toBe(true));
});

describe("an order approving an instruction on participation in civil proceedings", () => {
  const instr = "act:instruction_о_порядке_участия_прокуроров_в_гражданском";
  it("marks the order it repeals as repealed, by it", () => {
    expect(has("REPEALS", "act:order_55", "act:order_37")).toBeDefined();
    expect(graph.nodes.find((n) => n.id === "act:order_37")?.props).toMatchObject({ status: "repealed", repealedBy: "act:order_55" });
  });
  it("cites each article of a list from its point", () => {
    for (const art of ["act:гпк#art_54", "act:гпк#art_55"]) expect(has("CITES", `${instr}#point_2`, art)).toBeDefined();
  });
  it("reads participation named as a noun, grounded in its point", () =>
    expect(graph.edges.some((e) => e.type === "INTERACTS_WITH" && e.source === "body:прокурор" && e.target === "body:суд_первой_инстанции" && (e.props.basis as string[]).includes(`${instr}#point_3`))).toBe(true));
  it("reads copies of court acts sent to the prosecution as the court's, grounded in the code and the point", () =>
    expect(has("INTERACTS_WITH", "body:суд", "body:прокуратура")?.props.basis).toEqual(expect.arrayContaining(["act:гпк#art_440", `${instr}#point_7`])));
  it("subordinates district prosecutors to the regional ones", () => expect(has("SUBORDINATE_TO", "body:прокурор_района", "body:прокурор_области")).toBeDefined());
});

describe("an order amending another and repealing a list of orders", () => {
  it("amends the order its title names", () => expect(has("AMENDS", "act:order_18", "act:order_55")).toBeDefined());
  it("repeals each order listed under «Признать утратившими силу …:», quoting the lead-in and the item", () => {
    for (const id of ["act:order_61", "act:order_77"]) {
      const e = has("REPEALS", "act:order_18", id);
      expect(e?.evidence[0].quote).toMatch(/^2\. Признать утратившими силу/);
      expect(graph.nodes.find((n) => n.id === id)?.props).toMatchObject({ status: "repealed", repealedBy: "act:order_18" });
    }
  });
  it("reads the regional prosecutors sending appeal protests to the appellate courts, grounded in the point", () =>
    expect(has("INTERACTS_WITH", "body:прокурор_области", "body:апелляционная_инстанция")?.props).toMatchObject({ form: "опротестование актов", basis: expect.arrayContaining(["act:order_18#point_3"]) }));
});

describe("an order rewording, adding and striking out points of approved rules, with PDF damage", () => {
  const doc = "order-amending-rules-wording";
  const rules = "act:rules_участия_прокурора_в_гражданском_процессе";
  const fromDoc = (type: string, source: string, target: string) =>
    graph.edges.find((e) => e.type === type && e.source === source && e.target === target && e.evidence.some((v) => v.doc === doc));
  const cases: [string, string, string][] = [
    ["AMENDS", "act:order_126", "act:order_155"],
    ["AMENDS", "act:order_126", rules],
    ["AMENDS", "act:order_126#point_1", `${rules}#point_5`],
    ["AMENDS", "act:order_126#point_1", `${rules}#point_9_1`],
    ["AMENDS", "act:order_126#point_1", `${rules}#point_14__subpoint_2`],
    ["PART_OF", rules, "act:order_155"],
    ["SUBORDINATE_TO", "act:order_126", "act:law_о_прокуратуре"],
    ["REPEALS", "act:order_126", "act:order_41"],
    ["REPEALS", "act:order_126", "act:order_89#point_3"],
    ["SUBORDINATE_TO", "body:прокурор_района", "body:прокурор_области"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(fromDoc(type, source, target)).toBeDefined());
  it("gives the new wording in quotes to the amended rules' point: what it cites, and the copies the courts send", () => {
    expect(fromDoc("CITES", `${rules}#point_5`, "act:гпк#art_54__part_4")).toBeDefined();
    expect(fromDoc("CITES", `${rules}#point_5`, `${rules}#point_8__subpoint_3`)).toBeDefined();
    expect(fromDoc("CITES", "act:order_126#point_1", "act:гпк#art_54__part_4")).toBeUndefined();
    expect(graph.nodes.some((n) => n.id === "act:order_126#point_5")).toBe(false);
    expect(fromDoc("INTERACTS_WITH", "body:суд", "body:прокурор")?.props.basis).toEqual(expect.arrayContaining(["act:гпк#art_240", `${rules}#point_9_1`]));
  });
  it("gives the amended units their new wording as text (without the point's number and closing quote)", () => {
    const text = (id: string) => graph.nodes.find((n) => n.id === id)?.props;
    expect(text(`${rules}#point_5`)).toMatchObject({ textFrom: "amendment", text: expect.stringMatching(/^Прокурор вступает в процесс .* настоящих Правил\.$/u) });
    expect(text(`${rules}#point_9_1`)?.text).toMatch(/^Суды направляют прокурору копии решений суда, .* статьей 240 ГПК\.$/u);
  });
  it("repeals a point of an order without repealing the order", () => expect(graph.nodes.find((n) => n.id === "act:order_89")?.props.status).not.toBe("repealed"));
  it("takes no court the results of cases in are reported about as the one addressed", () =>
    expect(graph.edges.some((e) => e.type === "INTERACTS_WITH" && e.target === "body:суд" && e.evidence.some((v) => v.doc === doc && v.quote.includes("направляют им")))).toBe(false));
});

describe("an agreement between the Supreme Court and the Prosecutor General's Office, its parties named once", () => {
  const ACT = "act:treaty_о_взаимодействии_между_верховным_судом_и";
  it("reads the agreement's own title and date, not a quote of its preamble", () => {
    const act = graph.nodes.find((n) => n.id === ACT);
    expect(act?.label).toBe("Соглашение о взаимодействии между Верховным Судом Республики Казахстан и Генеральной прокуратурой Республики Казахстан от 15.03.2021");
    expect(graph.nodes.some((n) => n.id === "act:treaty_стороны")).toBe(false);
  });
  it("gives «Стороны» each form of interaction the points name", () => {
    const forms = graph.edges
      .filter((e) => e.type === "INTERACTS_WITH" && e.source === "body:верховный_суд" && e.target === "body:генеральная_прокуратура" && e.evidence.some((v) => v.doc.startsWith("agreement")))
      .map((e) => e.props.form);
    for (const f of ["информационное взаимодействие", "совместные семинары-совещания", "обобщение судебной практики", "совместные мероприятия"]) expect(forms).toContain(f);
  });
});

describe("an order approving the regulation of a department of the Prosecutor General's Office", () => {
  const DEPT = "body:департамент_по_надзору_за_законностью_судебных_актов_по_гражданским_и_административным_делам";
  const doc = "order-department-regulation";
  const fromDoc = (type: string, source: string, target: string) =>
    graph.edges.find((e) => e.type === type && e.source === source && e.target === target && e.evidence.some((v) => v.doc === doc));
  it("names the department by what it does, as one body in every case and under its short name «Департамент»", () => {
    const n = graph.nodes.find((x) => x.id === DEPT);
    expect(n).toMatchObject({ type: "Body", label: "Департамент по надзору за законностью судебных актов по гражданским и административным делам", props: { bodyKind: "prosecution" } });
    expect(n!.aliases).toEqual(expect.arrayContaining(["Департамент", "Департамента"]));
  });
  const cases: [string, string, string][] = [
    ["PART_OF", DEPT, "body:генеральная_прокуратура"],
    ["SUBORDINATE_TO", DEPT, "body:заместитель_генерального_прокурора"],
    ["HAS_POWER", DEPT, "power:надзор_за_судебными_актами"],
    ["HAS_POWER", DEPT, "power:кассационное_ходатайство"],
    ["HAS_POWER", DEPT, "power:обобщение_судебной_практики"],
    ["INTERACTS_WITH", DEPT, "body:верховный_суд"],
    ["INTERACTS_WITH", DEPT, "body:суд"],
    // «5) взаимодействует с Верховным Судом …» under the lead-in «Департамент … осуществляет следующие функции:» (mutual)
    ["INTERACTS_WITH", "body:верховный_суд", DEPT],
    ["GOVERNS", "principle:законность", DEPT],
    ["PART_OF", "act:regulation_о_департаменте_по_надзору_за_законностью", "act:order_45"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(fromDoc(type, source, target)).toBeDefined());
  it("gives none of its functions to the body its proposals go to, nor the power its name says to the Office", () => {
    expect(fromDoc("HAS_POWER", "body:генеральный_прокурор", "power:обобщение_судебной_практики")).toBeUndefined();
    expect(fromDoc("HAS_POWER", "body:генеральная_прокуратура", "power:надзор_за_судебными_актами")).toBeUndefined();
  });
});
