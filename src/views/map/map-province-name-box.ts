import type { Locale } from '../../i18n/locale';
import { gazetteerName } from '../../model/localised';
import type { AreaLabel } from './map-basemap';
import { shortNameZh } from './map-basemap';
import { measureText } from './map-text-measure';

/** Taiwan's GB/T code. */
export const TAIWAN_ID = '710000';
/** The nearest an always-named unit's name (Taiwan, Hong Kong, Macao) sits beside its label point (px). */
export const ALWAYS_NAMED_NEAREST = 5;

// Font sizes and letter spacing (em) of map.css, which the label boxes measure.
const ZH_SIZE = 16;
const ZH_SPACING = 0.08;
const EN_SIZE = 13;
/** Hong Kong's and Macao's names, in smaller type as on national maps. */
const SMALL_ZH_SIZE = 13;
const SMALL_EN_SIZE = 11;
export const COUNT_SIZE = 12;
/** The province count pill's padding and border, left and right together. */
const COUNT_PADDING = 2 * (7 + 2);
/** Line heights (map.css: line-height 1.1), and the pill's margin and border. */
export const line = (size: number) => size * 1.1;
const COUNT_HEIGHT = 3 + line(COUNT_SIZE) + 4;

export interface ProvinceName {
  /** The Chinese line (江苏 on an English map, 江苏省 on a Chinese one). */
  zh: string;
  /** The English line; null on a Chinese map, which prints the Chinese name alone. */
  en: string | null;
  /** The count pill under the name, if any. */
  count: string | null;
  /** Hong Kong and Macao: smaller type. */
  small: boolean;
}

/** The box (pixels) a province's name takes on the map at text scale `k`, as map.css draws it. */
export function provinceNameBox({ zh, en, count, small }: ProvinceName, k: number): { width: number; height: number } {
  const [zhSize, enSize] = small ? [SMALL_ZH_SIZE, SMALL_EN_SIZE] : [ZH_SIZE, EN_SIZE];
  const widths = [measureText(zh, zhSize * k, 600, ZH_SPACING), en === null ? 0 : measureText(en, enSize * k), count ? measureText(count, COUNT_SIZE * k, 600) + COUNT_PADDING * k : 0];
  return {
    width: Math.max(...widths) + 4,
    height: (line(zhSize) + (en === null ? 0 : line(enSize)) + (count ? COUNT_HEIGHT : 0)) * k + 4,
  };
}

/**
 * A province's name lines: English maps print both names (江苏 over Jiangsu), Chinese ones the full
 * Chinese name alone (江苏省); Hong Kong and Macao (`small`) keep their short names (香港, 澳门).
 */
export function provinceNameLines(label: Pick<AreaLabel, 'nameZh' | 'nameEn'>, locale: Locale, small: boolean): Pick<ProvinceName, 'zh' | 'en'> {
  const zhOnly = locale === 'zh';
  return { zh: zhOnly && !small ? gazetteerName(label, locale) : shortNameZh(label.nameZh), en: zhOnly ? null : label.nameEn };
}
