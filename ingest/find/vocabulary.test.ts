// The domain vocabulary on phrases as texts write them: a phrase → the concept keys found in it (in order).
import { describe, expect, it } from "vitest";
import { findConcepts } from "./concepts.js";

const cases: [phrase: string, keys: string[]][] = [
  // (the body a principle names is found inside it)
  ["Принцип несменяемости судей гарантируется Конституцией.", ["несменяемость_судей", "судья"]],
  ["Судья неприкосновенен, неприкосновенность судьи распространяется на его жилище.", ["судья", "неприкосновенность_судей", "судья"]],
  ["Обязательность судебных актов является принципом судопроизводства.", ["обязательность_судебных_актов"]],
  ["Прокурор вправе приостановить исполнение судебного акта.", ["прокурор", "приостановление_исполнения"]],
  ["Прокурор истребует из суда уголовные дела.", ["прокурор", "истребование_дел", "суд"]],
  ["Верховный Суд обобщает судебную практику.", ["верховный_суд", "обобщение_судебной_практики"]],
  ["Принципы справедливости и гуманизма.", ["справедливость", "гуманизм"]],
  // without a cue, common words are not principles
  ["Справедливость решения оспаривается.", []],
];

describe("vocabulary", () => {
  for (const [phrase, keys] of cases)
    it(phrase, () => {
      const found = findConcepts(phrase).filter((m) => !m.cue || m.cue.test(phrase)).map((m) => m.key);
      expect(found).toEqual(keys);
    });
});
