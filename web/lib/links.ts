// URLs between the views: into the reader at a quote or provision, into the explorer at a node.
export function readerHref(doc: string, ev?: { start: number; end: number }, anchor?: string | null): string {
  const base = `/doc/${encodeURIComponent(doc)}`;
  if (ev) return `${base}?start=${ev.start}&end=${ev.end}#${anchor ?? `q-${ev.start}-${ev.end}`}`;
  return anchor ? `${base}#${anchor}` : base;
}

export function explorerHref(focus: string): string {
  return `/?focus=${encodeURIComponent(focus)}`;
}

export function normsHref(id: string): string {
  return `/norms?id=${encodeURIComponent(id)}`;
}
