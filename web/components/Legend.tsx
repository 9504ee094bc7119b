"use client";
// The legend: the same colours and shapes as the canvas (lib/graphStyle.ts).
import { EDGE_STYLE, NODE_STYLE } from "../lib/graphStyle";
import { useI18n } from "./I18nProvider";

const SHAPE_RADIUS: Record<string, string> = { ellipse: "50%", "round-rectangle": "4px", rectangle: "0", diamond: "0", hexagon: "0" };

export function Legend({ edgeTypes }: { edgeTypes?: string[] }) {
  const { t, nodeType, edgeType } = useI18n();
  const edges = Object.entries(EDGE_STYLE).filter(([k]) => !edgeTypes || edgeTypes.includes(k));
  return (
    <details className="legend" data-testid="legend" open>
      <summary>{t("legend")}</summary>
      <ul>
        {Object.entries(NODE_STYLE).map(([type, s]) => (
          <li key={type}>
            <span
              className="swatch"
              aria-hidden="true"
              style={{
                background: s.color,
                borderRadius: SHAPE_RADIUS[s.shape],
                transform: s.shape === "diamond" ? "rotate(45deg) scale(0.8)" : undefined,
              }}
            />
            {nodeType(type)}
          </li>
        ))}
        {edges.map(([type, s]) => (
          <li key={type}>
            <span className="line" aria-hidden="true" style={{ borderTop: `${Math.max(2, s.width)}px ${s.line} ${s.color}` }} />
            {edgeType(type)}
          </li>
        ))}
      </ul>
    </details>
  );
}
