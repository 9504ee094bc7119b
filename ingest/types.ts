// The types at each boundary of the ingest pipeline:
//   RawDocument → DecodedDocument → CleanText → StructuredDocument → Mention[] → Resolved → GraphExport
// Every stage is a pure function from one to the next; pipeline.ts composes them.
import type { ActKind, ActStatus, BodyKind, GraphEdge, GraphNode, PathStep, UnitKind } from "../graph/schema.js";

// ---------------------------------------------------------------- diagnostics

export type Severity = "error" | "warning" | "info";

/** A content problem in one document. Never thrown: collected and reported. */
export interface Diagnostic {
  /** document id (file name without extension) */
  doc: string;
  /** path of the file as given */
  file: string;
  /** what is wrong, in words a user understands */
  reason: string;
  /** where: 1-based line and column in the original file when known */
  place?: { line: number; column: number; offset?: number };
  /** stable id of the rule that found it, e.g. "decode/binary", "structure/none" */
  ruleId: string;
  severity: Severity;
}

/** Code misuse (wrong arguments, missing folder): thrown, with a stable name. */
export class IngestError extends Error {
  override name = "IngestError";
  constructor(
    message: string,
    public code: "NO_CORPUS" | "BAD_ARGUMENT" | "INVALID_GRAPH" | "WRITE_FAILED" | "NOTHING_INGESTED" | "WORKER_FAILED",
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- 0. raw

export interface DocumentMeta {
  title: string;
  /** article | lecture | act | … */
  kind: string;
  /** languages present, the main one first */
  languages: string[];
  /** where the meta comes from: the corpus manifest, or defaults taken from the file (then refined by clean) */
  source?: "manifest" | "file";
}

export interface RawDocument {
  /** stable id: the file name without extension */
  id: string;
  /** path relative to the corpus folder's parent when possible (e.g. corpus/000_x.txt) */
  path: string;
  bytes: Uint8Array;
  /** size of the file in bytes when known; larger than bytes.length when the file was too large to read */
  size?: number;
  /** from the manifest, or defaults taken from the file */
  meta: DocumentMeta;
}

// ---------------------------------------------------------------- 1. decode and clean

export interface DecodedDocument {
  id: string;
  path: string;
  meta: DocumentMeta;
  encoding: "utf-8" | "windows-1251" | string;
  /** the decoded original text */
  text: string;
}

export interface LangSegment {
  lang: "ru" | "kk" | "en" | string;
  start: number;
  end: number;
}

export interface CleanText {
  id: string;
  path: string;
  meta: DocumentMeta;
  /** the original decoded text */
  original: string;
  /** the cleaned text: evidence offsets point here */
  text: string;
  /** offsets[i] = index in `original` of cleaned character i (length text.length + 1) */
  offsets: Int32Array | number[];
  /** language segments covering `text`; only "ru" segments are mined */
  segments: LangSegment[];
  /**
   * Set by the pipeline after the text stages (decode, clean, structure, mentions) of a document: its
   * `original` and `offsets` were released to keep memory near the corpus size ("" and an empty map);
   * places of later diagnostics come from a compact locator (clean.ts `locator`) made before.
   */
  released?: boolean;
}

// ---------------------------------------------------------------- 2. structure

/** A structural unit of an act found in the text (article, point …). */
export interface Unit {
  /** stable id from the structure: `${actId}#chp_3__point_26__subpoint_5` */
  id: string;
  unitKind: UnitKind;
  /** as written, normalised: "83", "4", "1" (from "1)") */
  number: string;
  /** path from the act down to this unit */
  path: PathStep[];
  /** heading text after the number, if any ("Статья 1. Title" → "Title") */
  heading?: string;
  /** span of the whole unit (heading + body + children) in the cleaned text */
  start: number;
  end: number;
  /** span of the unit's own text before its first child */
  textStart: number;
  textEnd: number;
  parentId: string | null;
  children: Unit[];
}

/** An act whose text (or part of it) is in the document: the document's main act, or an appendix. */
export interface ActFrame {
  /** stable id, e.g. act:order_gp_102_2021_07_12 */
  id: string;
  actKind: ActKind;
  title: string;
  number?: string;
  date?: string;
  issuer?: string;
  status?: ActStatus;
  /** span of the act's text in the cleaned text */
  start: number;
  end: number;
  /** span of the heading / title block that names the act */
  headStart: number;
  headEnd: number;
  /** the act this one is an appendix of */
  parentActId?: string;
  /** the appendix number in its parent ("1", "2") */
  appendixNumber?: string;
  units: Unit[];
}

/** A sentence of a Russian segment, the window in which relations are looked for. */
export interface Sentence {
  start: number;
  end: number;
  /** the innermost unit containing the sentence, if any */
  unitId?: string;
  /** the act frame containing the sentence, if any */
  actId?: string;
}

export interface StructuredDocument {
  clean: CleanText;
  /** acts whose text is in this document (empty for an article or lecture) */
  acts: ActFrame[];
  sentences: Sentence[];
  /** the spans of an act's signature blocks («Генеральный Прокурор Республики Казахстан  Г. Нурдаулетов»), if any */
  signatures?: Array<{ start: number; end: number }>;
}

// ---------------------------------------------------------------- 3. mentions

interface MentionBase {
  start: number;
  end: number;
  /** surface text: clean.text.slice(start, end) */
  text: string;
}

/** A reference to an act as a whole: by kind, number, date, title, or an abbreviation. */
export interface ActRef {
  actKind?: ActKind;
  number?: string;
  date?: string;
  title?: string;
  shortTitle?: string;
  issuer?: string;
  /** the nominative kind word as written ("Договор", "Регламент"), for labels */
  kindLabel?: string;
  /** "настоящей Инструкции", "указанного Закона": points back to an act in context */
  backRef?: "self" | "previous";
}

export interface ActMention extends MentionBase {
  kind: "act";
  ref: ActRef;
  /** "(далее – ГПК)": the abbreviation this mention defines */
  defines?: string;
}

/** A citation of one or more units: "статьями 161, 168, 169 АППК", "подпунктах 6-9 пункта 44". */
export interface CitationMention extends MentionBase {
  kind: "citation";
  /** each cited unit as a path (outermost first), lists and ranges expanded */
  paths: PathStep[][];
  /** the act the units belong to; undefined when the text names none (resolve decides) */
  act?: ActRef;
  /** "пункту 2 рассматриваемой статьи": the paths continue the previous citation's unit of this kind */
  inherit?: UnitKind;
  /** "частью четвертой настоящей статьи": the units continue the unit the citation stands in, not the last citation */
  inheritOwn?: boolean;
}

export type ConceptType = "Body" | "Principle" | "Power";

export interface ConceptMention extends MentionBase {
  kind: "concept";
  type: ConceptType;
  /** canonical key from the vocabulary, e.g. "генеральная_прокуратура" */
  key: string;
  /** canonical nominative label */
  label: string;
  bodyKind?: BodyKind;
  /** the mention counts only where its sentence matches this cue (see vocabulary.ts needsCue) */
  cue?: RegExp;
}

export type Mention = ActMention | CitationMention | ConceptMention;

// ---------------------------------------------------------------- 4. resolve

/** Uncertainty kept as data: a reference is resolved, ambiguous or unknown. */
export type Resolution =
  | { status: "resolved"; ids: string[] }
  | { status: "ambiguous"; candidates: string[] }
  | { status: "unknown"; reason: string };

export interface ResolvedMention {
  mention: Mention;
  resolution: Resolution;
}

export interface ResolvedDocument {
  structured: StructuredDocument;
  mentions: ResolvedMention[];
}

// ---------------------------------------------------------------- 5. relate → graph fragments

/** Nodes and edges found in one document, before merging across the corpus. */
export interface GraphFragment {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
