// Defaults for a document the corpus manifest does not name, taken from the start of its text.
import type { DocumentMeta } from "../types.js";

const ACT_HEAD =
  /^(?:Приказ|Закон|Кодекс|Конституция|Постановление|Указ|Распоряжение|Инструкция|Правила|Положение|Конституционный закон)(?!\p{L})/imu;

/** Defaults for a document the manifest does not name, from the start of its text. */
export function defaultMeta(sample: string): DocumentMeta {
  const lines = sample.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const title = (lines[0] ?? "").replace(/<[^>]*>/g, "").slice(0, 200) || "(untitled)";
  const head = lines.slice(0, 40).join("\n");
  const act =
    ACT_HEAD.test(head) ||
    /ПРИКАЗЫВАЮ|ПОСТАНОВЛЯЕТ|^Статья\s+\d+\.?/mu.test(head);
  return { title, kind: act ? "act" : "article", languages: ["ru"], source: "file" };
}

