import { useTranslation } from 'react-i18next';
import { Pane, useMap } from 'react-leaflet';
import { useFormatter } from '../../i18n/use-formatter';
import { gazetteerName } from '../../model/localised';
import type { AreaLabel } from './map-basemap';
import { shortNameZh } from './map-basemap';
import type { MarkerItem } from './map-clusters';
import { toDatum, type Datum } from './map-datum';
import { estimateTextWidth, placeLabels, type LabelBox, type Rect } from './map-label-layout';
import type { PlaceGroup } from './map-places';

interface Props {
  provinceLabels: readonly AreaLabel[];
  /** Neighbouring countries, named for orientation below every province name. */
  countryLabels: readonly AreaLabel[];
  provinceGroups: ReadonlyMap<string, PlaceGroup>;
  items: readonly MarkerItem[];
  /** Circle radius in pixels for a count. */
  radiusOf(count: number): number;
  highlighted: ReadonlySet<string>;
  datum: Datum;
  /** Online tiles print their own province names. */
  tilesOn: boolean;
  /** Text size factor (the CSS --map-text-scale: larger when presenting), for the label boxes. */
  textScale: number;
}

// Font sizes and letter spacing (em) of map.css, which the label boxes measure.
const ZH_SIZE = 16;
const ZH_SPACING = 0.08;
const EN_SIZE = 13;
const NAME_SIZE = 14;
const COUNTRY_SIZE = 13;
const COUNTRY_SPACING = 0.03;
const COUNT_SIZE = 12;
/** The province count pill's padding and border, left and right together. */
const COUNT_PADDING = 2 * (7 + 2);
/** Line heights (map.css: line-height 1.1), and the pill's margin and border. */
const line = (size: number) => size * 1.1;
const COUNT_HEIGHT = 3 + line(COUNT_SIZE) + 4;

/** Leaflet pane names (identifiers, not text). */
const PANES = { provinceLabels: 'map-province-labels', placeLabels: 'map-place-labels' } as const;

/** Placed with left/top, not transforms: hundreds of transformed labels cost the compositor on every frame. */
function at(x: number, y: number) {
  return { left: Math.round(x), top: Math.round(y) };
}

/**
 * Text drawn over the map as React elements in two Leaflet panes: province names (under the
 * circles) and place names, counts and selection rings (over them). Overlapping names are
 * dropped, busiest places first. Panes move with the map while panning; the parent re-renders this
 * on every zoom and view reset, when layer points change.
 */
export function MapLabels({ provinceLabels, countryLabels, provinceGroups, items, radiusOf, highlighted, datum, tilesOn, textScale: k }: Props) {
  const map = useMap();
  const { t } = useTranslation();
  const f = useFormatter();
  // English maps print both names (江苏 over Jiangsu); Chinese ones the full Chinese name alone (江苏省, 苏州市).
  const zhOnly = f.locale === 'zh';
  const point = (lat: number, lon: number) => map.latLngToLayerPoint(toDatum(datum, lat, lon));

  const circles: Rect[] = [];
  const names: LabelBox[] = [];
  const placed = items.map((item) => {
    const p = map.latLngToLayerPoint([item.lat, item.lon]);
    const r = radiusOf(item.count);
    const id = item.key;
    circles.push({ id, left: p.x - r, top: p.y - r, width: 2 * r, height: 2 * r });
    let name: string | null = null;
    if (item.kind === 'place') {
      const { place } = item.group;
      name = zhOnly ? gazetteerName(place, f.locale) : `${place.nameEn} ${shortNameZh(place.nameZh)}`;
      const width = estimateTextWidth(name, NAME_SIZE * k) + 6;
      // Right of the circle, else left of it.
      const alternatives = [{ left: p.x - r - 4 - width, top: p.y - 10 * k }];
      names.push({ id, priority: 1e7 + item.count, left: p.x + r + 3, top: p.y - 10 * k, width, height: 20 * k, alternatives });
    }
    return { item, p, r, name };
  });
  const provinces = provinceLabels.map((label) => {
    const p = point(label.lat, label.lon);
    const group = provinceGroups.get(label.id);
    const zh = zhOnly ? gazetteerName(label, f.locale) : shortNameZh(label.nameZh);
    let count: string | null = null;
    if (group) {
      const n = group.initiativeIds.length;
      count = t(`map.labels.unitWide.${group.place.provinceType}`, { n: f.count(n) });
      if (group.inferredCount === n) count = `${count} · ${t('map.labels.inferred')}`;
    }
    const widths = [estimateTextWidth(zh, ZH_SIZE * k, ZH_SPACING), zhOnly ? 0 : estimateTextWidth(label.nameEn, EN_SIZE * k), count ? estimateTextWidth(count, COUNT_SIZE * k) + COUNT_PADDING * k : 0];
    const width = Math.max(...widths) + 4;
    const height = (line(ZH_SIZE) + (zhOnly ? 0 : line(EN_SIZE)) + (count ? COUNT_HEIGHT : 0)) * k + 4;
    const box: LabelBox = { id: `province-${label.id}`, priority: (group ? 2e7 : 0) + label.area, left: p.x - width / 2, top: p.y - height / 2, width, height };
    return { label, group, zh, count, p, box };
  });
  const countries = tilesOn
    ? []
    : countryLabels.map((label) => {
        const p = point(label.lat, label.lon);
        const zhWidth = estimateTextWidth(label.nameZh, COUNTRY_SIZE * k, COUNTRY_SPACING);
        const width = (zhOnly ? zhWidth : Math.max(zhWidth, estimateTextWidth(label.nameEn, (COUNTRY_SIZE - 1) * k, COUNTRY_SPACING))) + 4;
        const height = (zhOnly ? line(COUNTRY_SIZE) + 2 : 32) * k;
        const box: LabelBox = { id: `country-${label.id}`, priority: -1e6 + label.area, left: p.x - width / 2, top: p.y - height / 2, width, height };
        return { label, p, box };
      });
  const candidates = [...names, ...provinces.filter((v) => v.group || !tilesOn).map((v) => v.box), ...countries.map((v) => v.box)];
  const shown = placeLabels(candidates, circles);

  return (
    <>
      <Pane name={PANES.provinceLabels} className="map-label-pane" style={{ zIndex: '380' }}>
        {countries
          .filter(({ box }) => shown.has(box.id))
          .map(({ label, p }) => (
            <div key={label.id} className="map-label-anchor" style={at(p.x, p.y)}>
              <div className="map-country-label">
                {zhOnly ? (
                  <span>{gazetteerName(label, f.locale)}</span>
                ) : (
                  <>
                    <span lang="zh">{label.nameZh}</span>
                    <span>{label.nameEn}</span>
                  </>
                )}
              </div>
            </div>
          ))}
        {provinces
          .filter(({ box }) => shown.has(box.id))
          .map(({ label, group, zh, count, p }) => (
            <div key={label.id} className="map-label-anchor" style={at(p.x, p.y)} data-province-id={label.id}>
              <div className={`map-province-label${group ? ' has-initiatives' : ''}`}>
                <span className="zh" lang={zhOnly ? undefined : 'zh'}>
                  {zh}
                </span>
                {!zhOnly && <span className="en">{label.nameEn}</span>}
                {group && count && <span className={`map-province-count${group.inferredCount > 0 ? ' inferred' : ''}`}>{count}</span>}
              </div>
            </div>
          ))}
      </Pane>
      <Pane name={PANES.placeLabels} className="map-label-pane" style={{ zIndex: '450' }}>
        {placed.map(({ item, p, r, name: text }) => {
          const ids = item.kind === 'cluster' ? item.placeIds : [item.group.id];
          const ring = ids.some((id) => highlighted.has(id));
          const showCount = item.kind === 'cluster' || (item.count > 1 && r >= 10);
          const name = shown.get(item.key);
          if (!ring && !showCount && !name) return null;
          return (
            <div key={item.key} className="map-label-anchor" style={at(p.x, p.y)} data-place-id={item.kind === 'place' ? item.group.id : undefined}>
              {ring && <div className="map-selected-ring" style={{ width: 2 * r + 14, height: 2 * r + 14, left: -r - 7, top: -r - 7 }} data-selected-place={ids.join(' ')} />}
              {showCount && <div className="map-marker-count">{f.count(item.count)}</div>}
              {name && item.kind === 'place' && (
                <div className={`map-place-name${name.left < p.x ? ' on-left' : ''}`} style={name.left < p.x ? { right: r + 4 } : { left: r + 4 }}>
                  {zhOnly ? (
                    text
                  ) : (
                    <>
                      {item.group.place.nameEn} <span lang="zh">{shortNameZh(item.group.place.nameZh)}</span>
                    </>
                  )}
                </div>
              )}
            </div>
          );
        })}
      </Pane>
    </>
  );
}
