import type { Dataset } from '../data/dataset';
import type { GazetteerPlace, Initiative, Place } from '../data/schema';
import type { Formatter } from '../i18n/format';
import { provincialTypeLabel } from './labels';
import { gazetteerName, gazetteerProvinceName, organisationName, placeName } from './localised';

/** What describing a place needs from the formatter: the display language and its strings. */
export type Speaker = Pick<Formatter, 'locale' | 't'>;

/** 苏州市 → 苏州, 广西壮族自治区 → 广西, 香港特别行政区 → 香港: the name without its administrative term. */
export function shortChineseName(name: string): string {
  const short = name.replace(/(?:(?:壮族|回族|维吾尔|朝鲜族|藏族|蒙古族|彝族|苗族|土家族|哈尼族|傣族|白族)*(?:自治区|自治州|特别行政区|地区|省|市|盟))$/, '');
  return short || name;
}

/** The gazetteer's own name for a place (its English aliases too, "Jiangsu Province"). */
function sameAsGazetteer(place: Place, hit: GazetteerPlace): boolean {
  return place.name === hit.nameEn || (hit.aliasesEn ?? []).includes(place.name);
}

/**
 * A provincial-level unit with its administrative term: "Jiangsu province", "Beijing municipality",
 * "Hong Kong SAR"; in Chinese the gazetteer's full name already carries it (江苏省, 北京市, 香港特别行政区).
 */
export function provincialUnitName(hit: Pick<GazetteerPlace, 'nameEn' | 'nameZh' | 'provinceType'>, { locale, t }: Speaker): string {
  if (locale === 'zh') return hit.nameZh;
  return t('details.place.unit', { name: hit.nameEn, unit: provincialTypeLabel(t, hit.provinceType, true) });
}

/** A prefecture-level city with the provincial-level unit it lies in: "Huzhou, Zhejiang", 浙江省湖州市. */
export function cityInProvince(hit: GazetteerPlace, { locale, t }: Speaker): string {
  const city = gazetteerName(hit, locale);
  const province = gazetteerProvinceName(hit, locale);
  return city === province ? city : t('details.place.cityInProvince', { city, province });
}

/**
 * The gazetteer unit's full Chinese name, whatever the display language (for an English reader who
 * wants it too): 江苏省苏州市, 北京市, 香港特别行政区. Chinese writes the larger unit first, with no separator.
 */
export function gazetteerChineseName(hit: Pick<GazetteerPlace, 'level' | 'nameZh' | 'provinceZh'>): string {
  return hit.level === 'province' || hit.provinceZh === hit.nameZh ? hit.nameZh : `${hit.provinceZh}${hit.nameZh}`;
}

/** The gazetteer unit a place is located by, named with its administrative terms. */
export function gazetteerUnitName(hit: GazetteerPlace, speaker: Speaker): string {
  return hit.level === 'province' ? provincialUnitName(hit, speaker) : cityInProvince(hit, speaker);
}

function describeInEnglish(place: Place, hit: GazetteerPlace, speaker: Speaker): string {
  const { t } = speaker;
  const name = place.name;
  if (hit.level === 'province') {
    if (place.scope === 'province') {
      if (name === hit.nameEn) return provincialUnitName(hit, speaker);
      if (sameAsGazetteer(place, hit) || name.includes(hit.nameEn)) return name;
      return t('details.place.within', { name, where: provincialUnitName(hit, speaker) });
    }
    // A city, district or park named in a municipality or SAR: "Beijing", "Chaoyang District, Beijing".
    if (sameAsGazetteer(place, hit) || name.includes(hit.nameEn)) return name;
    return t('details.place.inPlace', { name, where: hit.nameEn });
  }
  if (!name.includes(hit.nameEn)) return t('details.place.within', { name, where: cityInProvince(hit, speaker) });
  return name.includes(hit.provinceEn) ? name : t('details.place.inPlace', { name, where: hit.provinceEn });
}

function describeInChinese(place: Place, hit: GazetteerPlace, speaker: Speaker): string {
  const { t } = speaker;
  const unit = gazetteerUnitName(hit, speaker);
  const own = place.nameZh;
  if (!own) {
    // No Chinese name for the place itself: the gazetteer's, with the name as the source gives it.
    return sameAsGazetteer(place, hit) ? unit : t('details.place.within', { name: place.name, where: unit });
  }
  const cityShort = shortChineseName(hit.nameZh);
  if (hit.level === 'province') {
    if (own === hit.nameZh || own === cityShort) return hit.nameZh;
    // 北京经济技术开发区 names its municipality; 朝阳区 becomes 北京市朝阳区.
    return own.includes(cityShort) ? own : t('details.place.inPlace', { name: own, where: hit.nameZh });
  }
  if (own === hit.nameZh || own === cityShort) return unit;
  if (own.includes(shortChineseName(hit.provinceZh))) return own;
  // 苏州工业园区 → 江苏省苏州工业园区; 吴兴区 → 浙江省湖州市吴兴区.
  return t('details.place.inPlace', { name: own, where: own.includes(cityShort) ? hit.provinceZh : unit });
}

/**
 * A place as a reader locates it, in the display language: "Suzhou Industrial Park, Jiangsu",
 * "Wuxing District (Huzhou, Zhejiang)", "China (nationwide)", "Beijing municipality"; in Chinese
 * 江苏省苏州工业园区, 浙江省湖州市吴兴区, 中国（全国）, 北京市. Provincial-level units are named
 * with their own administrative term (province, autonomous region, municipality, SAR).
 */
export function describePlace(dataset: Dataset, place: Place, speaker: Speaker): string {
  const { locale, t } = speaker;
  if (place.scope === 'nationwide') {
    if (locale === 'zh' && !place.nameZh) return t('common.geo.nationwide');
    return t('details.place.nationwide', { name: placeName(place, locale) });
  }
  const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
  if (!hit) return placeName(place, locale);
  return locale === 'zh' ? describeInChinese(place, hit, speaker) : describeInEnglish(place, hit, speaker);
}

/** Every place of an initiative, once each, joined ("…; …" / "…；…"). */
export function describePlaces(dataset: Dataset, initiative: Initiative, speaker: Speaker): string {
  const names = [...new Set(initiative.places.map((p) => describePlace(dataset, p, speaker)))];
  return names.join(speaker.t('details.place.separator'));
}

/** The parties' full names in the display language (the id when an organisation is missing). */
export function partnerNames(dataset: Dataset, initiative: Initiative, locale: Formatter['locale']): string[] {
  return initiative.parties.map((party) => {
    const org = dataset.organisations.get(party.organisation);
    return org ? organisationName(org, locale) : party.organisation;
  });
}
