// The index with shared field-length tuples ranks exactly like plain MiniSearch with the same options.
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../schema.js";
import { newTextIndex, toIndexed } from "./text-index.js";

const node = (id: string, label: string, aliases: string[] = [], text?: string): GraphNode =>
  ({ id, type: text ? "Provision" : "Body", label, aliases, props: text ? { text } : {}, evidence: [] }) as GraphNode;

const NODES = [
  node("b1", "Генеральная прокуратура", ["Генпрокуратура", "ГП РК"]),
  node("b2", "Верховный суд"),
  node("b3", "Областной суд"),
  node("b4", "Прокуратура области"),
  node("b5", "Военная прокуратура гарнизона"),
  node("p1", "пункт 1", [], "Прокурор приносит протест на решение суда"),
  node("p2", "пункт 2", [], "Суд рассматривает протест прокурора в порядке надзора"),
  node("p3", "пункт 3", [], "Генеральный прокурор издаёт приказы"),
  node("p4", "пункт 4", [], "Прокурор вправе истребовать дело из суда, а суд обязан его представить"),
];

const QUERIES = ["прокурор", "прокуратуры", "суда", "протест", "генпрокуратура", "прокуратра", "суд надзор", "приказ", "пункт", "военный"];

describe("text index with shared field lengths", () => {
  const shared = newTextIndex();
  const plain = newTextIndex({ sharedLengths: false });
  shared.addAll(NODES.map(toIndexed));
  plain.addAll(NODES.map(toIndexed));

  it.each(QUERIES)("finds and scores %s like plain MiniSearch", (q) => {
    const hits = shared.search(q);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => [h.id, h.score])).toEqual(plain.search(q).map((h) => [h.id, h.score]));
  });
});
