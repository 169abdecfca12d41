import { Trans } from 'react-i18next';
import type { GazetteerPlace, Initiative } from '../../data/schema';
import { useLightTranslation } from '../../i18n/use-light-translation';
import { gazetteerName, gazetteerProvinceName, initiativeTitle } from '../../model/localised';
import { provincialTypeLabel } from '../../model/labels';
import { shortNameZh } from './map-basemap';

/** Fixed Chinese inside an English string ("China <zh>全国</zh>"): marked as Chinese. */
export const ZH_COMPONENTS = { zh: <span lang="zh" /> };

/**
 * A place as the map's lists and tooltips name it. English: "Suzhou 苏州市, Jiangsu 江苏" (the Chinese
 * name beside the English one, as before; `short` for the list of places: "Suzhou 苏州, Jiangsu").
 * Chinese: "苏州市（江苏省）": the gazetteer's full names, which already carry the unit's type
 * (江苏省, 香港特别行政区).
 */
export function PlaceName({ place, short = false, withProvince = true }: { place: GazetteerPlace; short?: boolean; withProvince?: boolean }) {
  // The light hook: the list of places and the map's labels name hundreds.
  const { t, locale } = useLightTranslation();
  const inProvince = withProvince && place.level === 'prefecture' && place.provinceEn !== place.nameEn;
  if (locale === 'zh') {
    return (
      <>
        {gazetteerName(place, locale)}
        {inProvince && <span className="map-muted">{t('map.place.inProvince', { province: gazetteerProvinceName(place, locale) })}</span>}
      </>
    );
  }
  return (
    <>
      {place.nameEn} <span lang="zh">{short ? shortNameZh(place.nameZh) : place.nameZh}</span>
      {inProvince && (
        <span className="map-muted">
          , {place.provinceEn}
          {!short && (
            <>
              {' '}
              <span lang="zh">{shortNameZh(place.provinceZh)}</span>
            </>
          )}
        </span>
      )}
    </>
  );
}

/**
 * A provincial-level unit named with its type: "Hong Kong SAR 香港特别行政区", "Beijing municipality
 * 北京市"; in Chinese the gazetteer's name alone, which includes the type (香港特别行政区, 北京市).
 */
export function ProvincialUnitName({ place }: { place: GazetteerPlace }) {
  const { t, locale } = useLightTranslation();
  if (locale === 'zh') return <>{gazetteerName(place, locale)}</>;
  return (
    <>
      {`${place.nameEn} ${provincialTypeLabel(t, place.provinceType, true)}`} <span lang="zh">{place.nameZh}</span>
    </>
  );
}

/** The whole country, where the map lists nationwide initiatives: "China 全国" / "全国". */
export function NationwideName() {
  return <Trans i18nKey="map.place.nationwide" components={ZH_COMPONENTS} />;
}

/**
 * An initiative's title in the display language: the curator's translation marked 译文, or the
 * English title marked as English when there is no translation yet.
 */
export function InitiativeTitle({ initiative }: { initiative: Pick<Initiative, 'title' | 'translations'> }) {
  const { t, locale } = useLightTranslation();
  const title = initiativeTitle(initiative, locale);
  return (
    <>
      <span lang={title.fallback ? title.lang : undefined} title={title.fallback ? t('common.translation.fallback') : undefined}>
        {title.text}
      </span>
      {title.translated && (
        <span className="tag translated" title={t('common.translation.curator')}>
          {t('common.translation.curatorShort')}
        </span>
      )}
    </>
  );
}
