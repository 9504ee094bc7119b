// The pipeline on procedural codes it was not tuned on, excerpts shaped like the official legal database (one file a
// code, test/fixtures/procedure-codes): the prosecutor in the УПК (art. 58 «Прокурор», art. 193 on procedural control,
// the appeal motion), the ГПК (art. 55 on the prosecutor's participation, a cassation motion), the АППК and the КоАП.
// Each expected edge is a fact a lawyer reads in these texts; then the edges a lawyer would call wrong, and passages
// for the general rules the fixture needed (an intervention «для дачи заключения», a claim, the State's accusation).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { relationCases, type RelationCase } from "../ingest/relate/testing.js";

let graph: GraphExport;
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);
/** "basis source target" → the forms of the INTERACTS_WITH edges grounded in that basis. */
const formsByBasis = () => {
  const out = new Map<string, string[]>();
  for (const e of graph.edges.filter((x) => x.type === "INTERACTS_WITH"))
    for (const b of e.props.basis as string[]) {
      const k = `${b} ${e.source} ${e.target}`;
      out.set(k, [...(out.get(k) ?? []), e.props.form as string]);
    }
  return out;
};

beforeAll(() => {
  graph = ingestCorpus({ corpus: join(import.meta.dirname, "fixtures", "procedure-codes") }).graph;
}, 120_000);

describe("procedural codes: the prosecutor's powers", () => {
  const cases: [string, string][] = [
    ["body:прокурор", "power:высший_надзор"],
    ["body:прокурор", "power:уголовное_преследование"],
    ["body:прокурор", "power:поддержание_обвинения"],
    ["body:прокурор", "power:отказ_от_обвинения"],
    ["body:прокурор", "power:надзор_за_досудебным_расследованием"],
    ["body:прокурор", "power:апелляционное_ходатайство"],
    ["body:прокурор", "power:дача_заключения"],
    ["body:прокурор", "power:предъявление_иска"],
    ["body:прокурор", "power:опротестование"],
    ["body:генеральный_прокурор", "power:кассационное_ходатайство"],
  ];
  for (const [s, t] of cases) it(`HAS_POWER ${s} → ${t}`, () => expect(has("HAS_POWER", s, t)).toBeDefined());

  it("quotes each code that grants the power to conclude and to bring an appeal motion", () => {
    const docs = (t: string) => new Set(has("HAS_POWER", "body:прокурор", t)!.evidence.map((v) => v.doc));
    expect([...docs("power:дача_заключения")]).toEqual(expect.arrayContaining(["civil-procedure-code-prosecutor", "administrative-procedure-code-prosecutor"]));
    expect([...docs("power:апелляционное_ходатайство")]).toEqual(
      expect.arrayContaining(["criminal-procedure-code-prosecutor", "civil-procedure-code-prosecutor", "administrative-procedure-code-prosecutor"]),
    );
  });
});

describe("procedural codes: the norms", () => {
  const cases: [string, string][] = [
    ["act:упк#art_58", "body:прокурор"],
    ["act:упк#art_58__part_2", "power:поддержание_обвинения"],
    ["act:упк#art_58__part_3__subpoint_3", "power:апелляционное_ходатайство"],
    ["act:упк#art_58__part_3__subpoint_5", "power:отказ_от_обвинения"],
    ["act:упк#art_193__part_1", "power:высший_надзор"],
    ["act:упк#art_193__part_1", "body:органы_уголовного_преследования"],
    ["act:упк#art_414__part_2", "body:апелляционная_инстанция"],
    ["act:гпк#art_55__part_1", "power:дача_заключения"],
    ["act:гпк#art_55__part_2", "power:предъявление_иска"],
    ["act:гпк#art_434__part_1", "body:верховный_суд"],
    ["act:аппк#art_120__part_1", "power:дача_заключения"],
    ["act:коап#art_758__part_1", "power:опротестование"],
  ];
  for (const [s, t] of cases) it(`REGULATES ${s} → ${t}`, () => expect(has("REGULATES", s, t)).toBeDefined());

  const cites: [string, string][] = [
    ["act:упк#art_58__part_3__subpoint_5", "act:упк#art_321"],
    ["act:упк#art_414__part_2", "act:упк#art_58"],
    ["act:гпк#art_434__part_2", "act:гпк#art_55"],
    ["act:аппк#art_120__part_3", "act:гпк#art_55"],
  ];
  for (const [s, t] of cites) it(`CITES ${s} → ${t}`, () => expect(has("CITES", s, t)).toBeDefined());
  it("reads the codes' numbers and short titles", () => {
    for (const [id, shortTitle, number] of [["act:упк", "УПК", "231-V"], ["act:гпк", "ГПК", "377-V"], ["act:аппк", "АППК", "350-VI"], ["act:коап", "КоАП", "235-V"]])
      expect(graph.nodes.find((n) => n.id === id)?.props, id).toMatchObject({ actKind: "code", shortTitle, number });
  });
});

describe("procedural codes: the prosecutor and the court, each form grounded in the provision that states it", () => {
  const cases: [string, string][] = [
    ["act:упк#art_58__part_2 body:прокурор body:суд", "поддержание государственного обвинения"],
    ["act:упк#art_58__part_3__subpoint_2 body:прокурор body:суд", "поддержание государственного обвинения"],
    ["act:упк#art_58__part_3__subpoint_3 body:прокурор body:суд_первой_инстанции", "принесение апелляционного ходатайства"],
    ["act:упк#art_58__part_3__subpoint_4 body:прокурор body:суд", "опротестование актов"],
    ["act:упк#art_58__part_4 body:прокурор body:суд", "отказ от обвинения"],
    ["act:упк#art_414__part_1 body:прокурор body:суд_первой_инстанции", "принесение апелляционного ходатайства"],
    ["act:упк#art_414__part_2 body:прокурор body:апелляционная_инстанция", "принесение апелляционного ходатайства"],
    ["act:гпк#art_55__part_1 body:прокурор body:суд", "дача заключения"],
    ["act:гпк#art_55__part_2 body:прокурор body:суд", "обращение в суд"],
    ["act:гпк#art_55__part_3 body:прокурор body:суд", "принесение апелляционного ходатайства"],
    ["act:гпк#art_434__part_1 body:генеральный_прокурор body:верховный_суд", "заявление ходатайства"],
    ["act:гпк#art_434__part_2 body:прокурор body:кассационная_инстанция", "заявление ходатайства"],
    ["act:аппк#art_120__part_1 body:прокурор body:суд", "дача заключения"],
    ["act:аппк#art_120__part_2 body:прокурор body:суд_первой_инстанции", "принесение апелляционного ходатайства"],
    ["act:коап#art_758__part_2 body:прокурор body:суд", "опротестование актов"],
  ];
  for (const [key, form] of cases) it(`${key}: ${form}`, () => expect(formsByBasis().get(key)).toContain(form));

  it("gives an appeal motion no second, vaguer form, and no generic court where the text names the instance", () => {
    const forms = formsByBasis();
    for (const b of ["act:гпк#art_55__part_3", "act:аппк#art_120__part_2", "act:упк#art_414__part_1", "act:упк#art_58__part_3__subpoint_3"]) {
      expect(forms.get(`${b} body:прокурор body:суд`) ?? [], b).not.toContain("заявление ходатайства");
    }
    for (const b of ["act:аппк#art_120__part_2", "act:упк#art_414__part_1", "act:упк#art_58__part_3__subpoint_3"]) expect(forms.get(`${b} body:прокурор body:суд`), b).toBeUndefined();
  });
  it("never reads the court as acting on the prosecutor where only the prosecutor acts", () => expect(has("INTERACTS_WITH", "body:суд", "body:прокурор")).toBeUndefined());
  it("binds the pre-trial investigation body to the prosecutor's instructions given to it, and makes it no court", () => {
    expect(formsByBasis().get("act:упк#art_193__part_2 body:прокурор body:органы_досудебного_расследования")).toEqual(["обязательность указаний"]);
    for (const b of ["body:органы_досудебного_расследования", "body:органы_уголовного_преследования"])
      expect(graph.edges.some((e) => e.type === "INTERACTS_WITH" && e.props.form !== "обязательность указаний" && (e.source === b || e.target === b))).toBe(false);
  });
});

const passages: RelationCase[] = [
  {
    name: "intervening in a case to give a conclusion is giving it to the court",
    text: "Прокурор вправе вступить в дело на любой стадии процесса для дачи заключения.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "HAS_POWER body:прокурор -> power:дача_заключения"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "дача заключения" } },
  },
  {
    name: "intervening as a third party gives no conclusion",
    text: "Прокурор вправе вступить в дело в качестве третьего лица.",
    edges: [],
  },
  {
    name: "a prosecutor's claim goes to a court",
    text: "Прокурор подает исковое заявление в интересах несовершеннолетнего.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "обращение в суд" } },
  },
  {
    name: "a claim against the prosecution does not make it the claimant, nor does an accusation go to a court",
    text: "Гражданин вправе предъявить иск к органам прокуратуры о возмещении вреда. Следователь предъявляет обвинение подозреваемому в присутствии прокурора.",
    edges: [],
  },
  {
    name: "supporting the State's accusation is done before the court; the victim's support of an accusation is no prosecutor's",
    text: "Прокурор в ходе судебного разбирательства поддерживает государственное обвинение. Потерпевший поддерживает обвинение.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "поддержание государственного обвинения" } },
  },
  {
    name: "an appeal motion against a named instance's act is one interaction, with that instance",
    text: "Прокурор вправе принести апелляционное ходатайство на приговор суда первой инстанции.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд_первой_инстанции"],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд_первой_инстанции": { form: "принесение апелляционного ходатайства" } },
  },
  {
    name: "an appeal motion against a court's decision takes the appeal form, not a generic motion",
    text: "Прокурор, участвующий в деле, вправе принести апелляционное ходатайство на решение суда, не вступившее в законную силу.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "принесение апелляционного ходатайства" } },
  },
  {
    name: "instructions binding on the body they are given to, named in the dative",
    text: "Указания прокурора органу досудебного расследования обязательны для исполнения.",
    edges: ["INTERACTS_WITH body:прокурор -> body:органы_досудебного_расследования"],
    props: { "INTERACTS_WITH body:прокурор -> body:органы_досудебного_расследования": { form: "обязательность указаний" } },
  },
  {
    name: "acts binding «для исполнения» with no body they are given to bind no one",
    text: "Указания прокурора обязательны для исполнения. Решения суда по делу прокурора обязательны для исполнения.",
    edges: [],
  },
];

relationCases("procedural codes: the rules the fixture needed", passages, { noneWhenEmpty: "INTERACTS_WITH" });
