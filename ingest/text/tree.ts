// The tree of structural units of one act, built from its body paragraphs, and the units' ids.
//
// Paths (and so ids, via provisionId) follow the way Kazakh acts are cited: articles and points are
// numbered through the whole act, so their path starts at the act ("пункт 26 Инструкции" →
// [point 26], "подпункт 5) пункта 26" → [point 26, subpoint 5], "пункт 4 статьи 3" → [article 3,
// point 4]); chapters, sections and paragraphs (параграфы) are containers with their own ids
// ([chapter 2], [chapter 3, paragraph 1]) and are reached through parentId. Only when such short
// paths would collide in an act (points numbered anew in every chapter) does the whole act get full
// containment paths ([chapter 2, point 1]).
import { provisionId, type PathStep, type UnitKind } from "../../graph/schema.js";
import type { Unit } from "../types.js";
import { follows, markerOf, RANK, type Marker } from "./units.js";

export interface Para {
  start: number;
  end: number;
  text: string;
}

interface Open {
  unit: Unit;
  rank: number;
  /** last number of each child kind seen under this unit */
  last: Map<string, string>;
}

const CONTAINERS = new Set<UnitKind>(["section", "chapter", "paragraph", "appendix"]);

/** Builds the unit tree of an act from its body paragraphs. `code`: "1." inside an article is a part. */
export function buildUnits(paras: Para[], code: boolean): Unit[] {
  const roots: Unit[] = [];
  const stack: Open[] = [];
  const rootLast = new Map<string, string>();
  let prevEnd = paras[0]?.start ?? 0;

  const close = (rank: number) => {
    while (stack.length && stack[stack.length - 1].rank >= rank) {
      const { unit } = stack.pop() as Open;
      unit.end = prevEnd;
      if (unit.children.length === 0) unit.textEnd = prevEnd;
    }
  };
  /** The open unit a new unit of this rank would go under. */
  const parentOf = (rank: number): Open | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].rank < rank) return stack[i];
    return undefined;
  };

  /** The unit kind of a marker here, or null when it does not continue its numbering (then it is text). */
  const accept = (m: Marker): UnitKind | null => {
    const kind: UnitKind =
      m.kind === "numbered" ? (code && stack.some((o) => o.unit.unitKind === "article") ? "part" : "point") : m.kind;
    if (kind !== "part" && kind !== "point" && kind !== "subpoint") return kind;
    const parent = parentOf(RANK[kind]);
    // subpoints "1)" stand in a point or part, or right in an article ("Президент Республики: 1) …")
    if (kind === "subpoint" && !(parent && ["point", "part", "article"].includes(parent.unit.unitKind))) return null;
    // points run through the whole act (or through their article); parts and subpoints through their parent
    const throughAct = kind === "point" && parent?.unit.unitKind !== "article";
    const last = (throughAct ? rootLast : (parent?.last ?? rootLast)).get(kind);
    if (follows(last, m.number)) return kind;
    // points may be numbered anew in every chapter: "1." as the first point after a container heading
    const restart = kind === "point" && m.number === "1" && parent !== undefined && CONTAINERS.has(parent.unit.unitKind) && !parent.last.has("point");
    return restart ? kind : null;
  };

  for (const p of paras) {
    const m = markerOf(p.text);
    const kind = m ? accept(m) : null;
    if (m && kind) {
      close(RANK[kind]);
      const parent = stack[stack.length - 1]?.unit ?? null;
      const unit: Unit = {
        id: "",
        unitKind: kind,
        number: m.number,
        path: [],
        ...(m.heading ? { heading: m.heading } : {}),
        start: p.start,
        end: p.end,
        textStart: p.start,
        textEnd: p.end,
        parentId: null,
        children: [],
      };
      if (parent) {
        if (parent.children.length === 0) parent.textEnd = prevEnd;
        parent.children.push(unit);
      } else roots.push(unit);
      const inArticle = stack[stack.length - 1]?.unit.unitKind === "article";
      if ((kind === "point" && !inArticle) || kind === "article" || CONTAINERS.has(kind)) rootLast.set(kind, m.number);
      stack[stack.length - 1]?.last.set(kind, m.number);
      stack.push({ unit, rank: RANK[kind], last: new Map() });
    } else if (/^\p{Lu}/u.test(p.text) && stack[stack.length - 1]?.unit.unitKind === "subpoint") {
      // an unnumbered paragraph after a list of subpoints belongs to the point again
      close(RANK.subpoint);
    }
    prevEnd = p.end;
  }
  close(0);
  return roots;
}

function walk(units: Unit[], visit: (u: Unit, ancestors: Unit[]) => void, ancestors: Unit[] = []): void {
  for (const u of units) {
    visit(u, ancestors);
    walk(u.children, visit, [...ancestors, u]);
  }
}

const step = (u: Unit): PathStep => ({ unitKind: u.unitKind, number: u.number });

/** Short path: the way the unit is cited (see the file's header). */
function shortPath(u: Unit, ancestors: Unit[]): PathStep[] {
  const parent = ancestors[ancestors.length - 1];
  if (u.unitKind === "paragraph") return [...ancestors.filter((a) => a.unitKind === "chapter").map(step), step(u)];
  if (CONTAINERS.has(u.unitKind) || u.unitKind === "article" || !parent) return [step(u)];
  if (CONTAINERS.has(parent.unitKind)) return [step(u)];
  return [...shortPath(parent, ancestors.slice(0, -1)), step(u)];
}

/** Gives every unit its path, id and parentId; full containment paths when short ones collide. */
export function assignIds(actId: string, units: Unit[]): void {
  const ids = new Set<string>();
  let collide = false;
  walk(units, (u, anc) => {
    u.path = shortPath(u, anc);
    u.id = provisionId(actId, u.path);
    if (ids.has(u.id)) collide = true;
    ids.add(u.id);
  });
  if (collide)
    walk(units, (u, anc) => {
      u.path = [...anc.map(step), step(u)];
      u.id = provisionId(actId, u.path);
    });
  walk(units, (u, anc) => {
    u.parentId = anc.length ? anc[anc.length - 1].id : null;
  });
}
