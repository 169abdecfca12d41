import { useTranslation } from 'react-i18next';

/** The box a chart shows on hover or keyboard focus: exact numbers in words. */
export function CountTooltip({ title, titleLang, detail, lines, hint }: { title: string; titleLang?: string; detail?: string; lines: readonly string[]; hint?: string }) {
  const { t } = useTranslation();
  return (
    <div className="chart-tooltip">
      <strong lang={titleLang}>{title}</strong>
      {detail && <span className="muted">{t('charts.label.detail', { detail })}</span>}
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      {hint && <div className="chart-tooltip-hint">{hint}</div>}
    </div>
  );
}
