/** The box a chart shows on hover or keyboard focus: exact numbers in words. */
export function CountTooltip({ title, detail, lines, hint }: { title: string; detail?: string; lines: readonly string[]; hint?: string }) {
  return (
    <div className="chart-tooltip">
      <strong>{title}</strong>
      {detail && <span className="muted"> ({detail})</span>}
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      {hint && <div className="chart-tooltip-hint">{hint}</div>}
    </div>
  );
}
