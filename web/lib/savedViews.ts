// Saved views of the explorer, kept in localStorage as query strings.
export interface SavedView {
  name: string;
  query: string;
  savedAt: string;
}

const KEY = "kzlg.savedViews";

export function readSavedViews(storage: Pick<Storage, "getItem">): SavedView[] {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? "[]") as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (v): v is SavedView => typeof v?.name === "string" && typeof v?.query === "string" && typeof v?.savedAt === "string",
    );
  } catch {
    return [];
  }
}

/** Saves (or replaces by name) a view; returns the new list. An empty name is refused. */
export function saveView(storage: Pick<Storage, "getItem" | "setItem">, name: string, query: string, now = new Date()): SavedView[] {
  const clean = name.trim();
  if (!clean) throw new Error("a saved view needs a name");
  const list = readSavedViews(storage).filter((v) => v.name !== clean);
  list.unshift({ name: clean, query, savedAt: now.toISOString() });
  storage.setItem(KEY, JSON.stringify(list.slice(0, 50)));
  return list;
}

export function deleteView(storage: Pick<Storage, "getItem" | "setItem">, name: string): SavedView[] {
  const list = readSavedViews(storage).filter((v) => v.name !== name);
  storage.setItem(KEY, JSON.stringify(list));
  return list;
}
