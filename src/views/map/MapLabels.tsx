import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pane, useMap, useMapEvents } from 'react-leaflet';
import { useFormatter } from '../../i18n/use-formatter';
import { gazetteerName } from '../../model/localised';
import type { AreaLabel } from './map-basemap';
import { shortNameZh } from './map-basemap';
import type { MarkerItem } from './map-clusters';
import { toDatum, type Datum } from './map-datum';
import { placeLabels, type LabelBox, type Rect } from './map-label-layout';
import { markerCountText } from './map-geometry';
import { ALWAYS_NAMED_NEAREST, COUNT_SIZE, line, provinceNameBox, provinceNameLines, TAIWAN_ID } from './map-province-name-box';
import { forgetMeasurements, measureText } from './map-text-measure';
import { insetFrame, needsInset } from './map-inset';
import { viewBounds } from './map-view-bounds';
import type { PlaceGroup } from './map-places';

interface Props {
  provinceLabels: readonly AreaLabel[];
  /** Neighbouring countries, named for orientation below every province name. */
  countryLabels: readonly AreaLabel[];
  provinceGroups: ReadonlyMap<string, PlaceGroup>;
  items: readonly MarkerItem[];
  /** Gazetteer places by id, to name a cluster by its busiest place. */
  places: ReadonlyMap<string, PlaceGroup>;
  /** The shaded mode: every unit's count of initiatives, printed under its name instead of its unit-wide count. */
  unitTotals: ReadonlyMap<string, number> | null;
  highlighted: ReadonlySet<string>;
  datum: Datum;
  /** Online tiles print their own province names. */
  tilesOn: boolean;
  /** Text size factor (the CSS --map-text-scale: larger when presenting), for the label boxes. */
  textScale: number;
}

// Font sizes and letter spacing (em) of map.css, which the label boxes measure (province names: map-province-name-box.ts).
const NAME_SIZE = 14;
const COUNTRY_SIZE = 13;
const COUNTRY_SPACING = 0.03;

/** Taiwan, Hong Kong and Macao are named on every view that shows them, before any other label. */
const ALWAYS_NAMED = new Set([TAIWAN_ID, '810000', '820000']);
/** Hong Kong's name goes east of it and Macao's west, so the two never sit on each other. */
const SIDE: Record<string, 'right' | 'left'> = { '810000': 'right', '820000': 'left' };

/**
 * Where an always-named unit's name may go, nearest first, never far from it (a name moved far
 * would name another province). Hong Kong's stays east of it and Macao's west, below them first
 * (the sea; the two are a few pixels apart on a national map: each keeps to its own side, so they
 * never take each other's place). Taiwan's is on its point when the island is big enough to hold
 * it (a closer view); on a national view the island is a few pixels wide, so its name goes beside
 * it, east into the open sea first and west over the strait last.
 */
function positionsAround(p: { x: number; y: number }, width: number, height: number, side: 'right' | 'left' | undefined, national: boolean): Array<{ left: number; top: number }> {
  const directions: Array<[number, number]> =
    side === 'right' ? [[1, 1], [1, 0], [1, -1], [0, 1]] : side === 'left' ? [[-1, 1], [-1, 0], [-1, -1], [0, 1]] : [[1, 0], [1, 1], [1, -1], [0, 1], [0, -1], [-1, 0], [-1, 1], [-1, -1]];
  const out = side === undefined && !national ? [{ left: p.x - width / 2, top: p.y - height / 2 }] : [];
  for (const distance of [ALWAYS_NAMED_NEAREST, 16, 32]) {
    for (const [dx, dy] of directions) {
      const left = dx > 0 ? p.x + distance : dx < 0 ? p.x - distance - width : p.x - width / 2;
      const top = dy > 0 ? p.y + distance / 2 : dy < 0 ? p.y - distance / 2 - height : p.y - height / 2;
      out.push({ left, top });
    }
  }
  return out;
}

/** A city's claim to a label: its initiatives, then its seat's population (a tie-break only). */
function importance(count: number, population: number | undefined): number {
  return count + Math.min(population ?? 0, 9.99e8) / 1e9;
}

/** Labels are measured in the page's fonts: measure again once a font has arrived. */
function useFontsLoaded(): number {
  const [loaded, setLoaded] = useState(0);
  useEffect(function remeasureWhenFontsLoad() {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts || typeof fonts.addEventListener !== 'function') return;
    const onLoaded = () => {
      forgetMeasurements();
      setLoaded((n) => n + 1);
    };
    fonts.addEventListener('loadingdone', onLoaded);
    return () => fonts.removeEventListener('loadingdone', onLoaded);
  }, []);
  return loaded;
}

/** How far beyond the map's edge an always-named unit's label point may be and still be named (px, at text scale 1). */
const EDGE_REACH = 12;

/** Room kept between a name and the map's edge (px). */
const EDGE_GAP = 2;

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
export function MapLabels({ provinceLabels, countryLabels, provinceGroups, items, places: placeGroups, unitTotals, highlighted, datum, tilesOn, textScale: k }: Props) {
  const map = useMap();
  const { t } = useTranslation();
  const f = useFormatter();
  useFontsLoaded();
  // Laid out again after a pan too: the inset stays put while the labels move under it.
  const [, setMoved] = useState(0);
  useMapEvents({ moveend: () => setMoved((n) => n + 1) });
  // English maps print both names (江苏 over Jiangsu); Chinese ones the full Chinese name alone (江苏省, 苏州市).
  const zhOnly = f.locale === 'zh';
  const point = (lat: number, lon: number) => map.latLngToLayerPoint(toDatum(datum, lat, lon));
  const nameOf = (place: PlaceGroup['place']) => (zhOnly ? gazetteerName(place, f.locale) : `${place.nameEn} ${shortNameZh(place.nameZh)}`);

  const circles: Rect[] = [];
  const inset = insetFrame(map.getSize(), viewBounds(map), k);
  if (inset) {
    const corner = map.containerPointToLayerPoint([inset.left, inset.top]);
    circles.push({ id: 'inset', left: corner.x, top: corner.y, width: inset.width, height: inset.height, hard: true });
  }
  const names: LabelBox[] = [];
  // Only what is on screen or near it is laid out: a circle far off screen hides no label here.
  const size = map.getSize();
  const near = { left: -size.x * 0.25, top: -size.y * 0.25, right: size.x * 1.25, bottom: size.y * 1.25 };
  // Only names that fit inside the map's box are shown (in layer points, as the boxes are).
  const origin = map.containerPointToLayerPoint([0, 0]);
  const frame = { left: origin.x + EDGE_GAP, top: origin.y + EDGE_GAP, right: origin.x + size.x - EDGE_GAP, bottom: origin.y + size.y - EDGE_GAP };
  const onScreen = items.filter((item) => {
    const c = map.latLngToContainerPoint([item.lat, item.lon]);
    return c.x >= near.left && c.x <= near.right && c.y >= near.top && c.y <= near.bottom;
  });
  const placed = onScreen.map((item) => {
    const p = map.latLngToLayerPoint([item.lat, item.lon]);
    const r = item.radius;
    const id = item.key;
    circles.push({ id, left: p.x - r, top: p.y - r, width: 2 * r, height: 2 * r });
    if (item.count > 1) {
      // The count printed in the circle: no label ever covers it.
      const w = measureText(markerCountText(f, item.count), COUNT_SIZE * k, 700);
      const h = line(COUNT_SIZE) * k;
      circles.push({ id: `${id}:count`, left: p.x - w / 2, top: p.y - h / 2, width: w, height: h, hard: true });
    }
    // A place by its name; a cluster by its busiest place and how many more it holds.
    const lead = item.kind === 'place' ? item.group : placeGroups.get(item.placeIds[0]!);
    let name: string | null = null;
    if (lead) {
      const more = item.kind === 'cluster' ? t('map.labels.clusterMore', { others: f.count(item.placeIds.length - 1) }) : '';
      name = `${nameOf(lead.place)}${more}`;
      const width = measureText(name, NAME_SIZE * k, 600) + 6;
      const height = 20 * k;
      // Right of the circle, else left of it, else above or below it, else off one of its corners
      // (still touching the circle: the name reads as its own).
      const corner = r * Math.SQRT1_2;
      const alternatives = [
        { left: p.x - r - 4 - width, top: p.y - height / 2 },
        { left: p.x - width / 2, top: p.y - r - 2 - height },
        { left: p.x - width / 2, top: p.y + r + 2 },
        { left: p.x + corner + 2, top: p.y - corner - height },
        { left: p.x + corner + 2, top: p.y + corner },
        { left: p.x - corner - 2 - width, top: p.y + corner },
        { left: p.x - corner - 2 - width, top: p.y - corner - height },
      ];
      names.push({ id, priority: 1e7 + importance(item.count, lead.place.population), left: p.x + r + 3, top: p.y - height / 2, width, height, alternatives });
    }
    return { item, p, r, name, lead };
  });
  // A national view (the one that has the 南海诸岛 inset): Taiwan, Hong Kong and Macao are named without their counts.
  const national = needsInset(viewBounds(map));
  const provinces = provinceLabels.map((label) => {
    const p = point(label.lat, label.lon);
    const group = provinceGroups.get(label.id);
    const always = ALWAYS_NAMED.has(label.id);
    // Hong Kong and Macao in smaller type and short names (香港, 澳门), as on national maps; their counts wait for a closer view.
    const small = SIDE[label.id] !== undefined;
    const { zh, en } = provinceNameLines(label, f.locale, small);
    let count: string | null = null;
    const total = unitTotals?.get(label.id) ?? 0;
    // Hong Kong's and Macao's counts wait for a closer view: at national zoom they would cover Guangdong.
    if (small && national) count = null;
    else if (unitTotals) count = total > 0 ? f.count(total) : null;
    else if (group && !(always && national)) {
      const n = group.initiativeIds.length;
      count = t(`map.labels.unitWide.${group.place.provinceType}`, { n: f.count(n) });
      if (group.inferredCount === n) count = `${count} · ${t('map.labels.inferred')}`;
    }
    const { width, height } = provinceNameBox({ zh, en, count, small }, k);
    const [first, ...alternatives] = always ? positionsAround(p, width, height, SIDE[label.id], national) : [
      { left: p.x - width / 2, top: p.y - height / 2 },
      { left: p.x - width / 2, top: p.y + 4 },
      { left: p.x - width / 2, top: p.y - height - 4 },
    ];
    // Always-named units smallest first: Hong Kong and Macao have the least room, Taiwan the open sea east of it.
    // Shaded, the busiest units are named first (area breaks ties); else units with initiatives, the biggest first.
    const priority = always ? 4e7 - label.area : unitTotals ? (total > 0 ? 2e7 + total + label.area / 1e3 : label.area) : (group ? 2e7 : 0) + label.area;
    // Always named while its label point is in view, or just beyond the edge (its name is then moved in
    // from the edge, beside it). Further out it is not forced: a name moved in from far beyond the edge
    // would name the land at the edge (Hong Kong's over Jiangxi on a view of the east coast).
    const reach = EDGE_REACH * k;
    const inView = p.x >= frame.left - reach && p.x <= frame.right + reach && p.y >= frame.top - reach && p.y <= frame.bottom + reach;
    const box: LabelBox = { id: `province-${label.id}`, priority, ...first!, width, height, alternatives, force: always && inView };
    return { label, group, zh, count, box, small };
  });
  const countries = tilesOn
    ? []
    : countryLabels.map((label) => {
        const p = point(label.lat, label.lon);
        const zhWidth = measureText(label.nameZh, COUNTRY_SIZE * k, 400, COUNTRY_SPACING);
        const width = (zhOnly ? zhWidth : Math.max(zhWidth, measureText(label.nameEn, (COUNTRY_SIZE - 1) * k, 400, COUNTRY_SPACING))) + 4;
        const height = (zhOnly ? line(COUNTRY_SIZE) + 2 : 32) * k;
        const box: LabelBox = { id: `country-${label.id}`, priority: -1e6 + label.area, left: p.x - width / 2, top: p.y - height / 2, width, height };
        return { label, box };
      });
  const candidates = [...names, ...provinces.filter((v) => v.group || v.count || !tilesOn || ALWAYS_NAMED.has(v.label.id)).map((v) => v.box), ...countries.map((v) => v.box)];
  const shown = placeLabels(candidates, circles, undefined, frame);
  /** A label's box is placed by its top-left corner; the anchor is that corner. */
  const corner = (box: Rect) => ({ left: Math.round(box.left), top: Math.round(box.top) });

  return (
    <>
      <Pane name={PANES.provinceLabels} className="map-label-pane" style={{ zIndex: '380' }}>
        {countries
          .filter(({ box }) => shown.has(box.id))
          .map(({ label, box }) => (
            <div key={label.id} className="map-label-box" style={{ ...corner(shown.get(box.id)!), width: box.width, height: box.height }}>
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
          .map(({ label, group, zh, count, box, small }) => (
            <div key={label.id} className="map-label-box" style={{ ...corner(shown.get(box.id)!), width: box.width, height: box.height }} data-province-id={label.id}>
              <div className={`map-province-label${group ? ' has-initiatives' : ''}${small ? ' is-small' : ''}`}>
                <span className="zh" lang={zhOnly ? undefined : 'zh'}>
                  {zh}
                </span>
                {!zhOnly && <span className="en">{label.nameEn}</span>}
                {count && <span className={`map-province-count${!unitTotals && group && group.inferredCount > 0 ? ' inferred' : ''}`} data-unit-count={unitTotals ? (unitTotals.get(label.id) ?? 0) : undefined}>{count}</span>}
              </div>
            </div>
          ))}
      </Pane>
      <Pane name={PANES.placeLabels} className="map-label-pane" style={{ zIndex: '450' }}>
        {placed.map(({ item, p, r, name: text, lead }) => {
          const ids = item.kind === 'cluster' ? item.placeIds : [item.group.id];
          const ring = ids.some((id) => highlighted.has(id));
          // Every circle is sized to hold its count (see MapView's radiusOf).
          const showCount = item.count > 1;
          const name = shown.get(item.key);
          if (!ring && !showCount && !name) return null;
          return (
            <div key={item.key} className="map-label-anchor" style={at(p.x, p.y)} data-place-id={item.kind === 'place' ? item.group.id : undefined} data-cluster-of={item.kind === 'cluster' ? item.placeIds.length : undefined}>
              {ring && <div className="map-selected-ring" style={{ width: 2 * r + 14, height: 2 * r + 14, left: -r - 7, top: -r - 7 }} data-selected-place={ids.join(' ')} />}
              {showCount && <div className="map-marker-count">{markerCountText(f, item.count)}</div>}
              {name && (
                <div className="map-place-name" style={{ left: Math.round(name.left - p.x + 3), top: Math.round(name.top - p.y) }}>
                  {zhOnly || !lead ? (
                    text
                  ) : (
                    <>
                      {lead.place.nameEn} <span lang="zh">{shortNameZh(lead.place.nameZh)}</span>
                      {item.kind === 'cluster' && t('map.labels.clusterMore', { others: f.count(item.placeIds.length - 1) })}
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
