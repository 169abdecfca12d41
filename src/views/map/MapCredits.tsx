import type { TileSource } from './tile-sources';

interface Props {
  credits: string | null;
  notApproved: string | null;
  tiles: TileSource;
}

/**
 * Sources and licences of what is drawn, and the plain statement that this is not an approved
 * map. The text comes from the basemap's own `meta`, rendered as text.
 */
export function MapCredits({ credits, notApproved, tiles }: Props) {
  return (
    <div className="map-credits">
      <p className="map-not-approved">
        Not an officially approved map: no review number (<span lang="zh">审图号</span>). Boundaries indicative.
      </p>
      <details>
        <summary>Map sources and licences</summary>
        {notApproved && <p>{notApproved}</p>}
        {credits && <p>{credits}</p>}
        <p>
          Place points © <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0). Details in <code>data/geo/CREDITS.md</code>.
        </p>
        {tiles.attribution && (
          <p>
            Tiles: <a href={tiles.attribution.href}>{tiles.attribution.text}</a>
          </p>
        )}
      </details>
      {tiles.attribution && (
        <p className="map-tile-credit">
          <a href={tiles.attribution.href}>{tiles.attribution.text}</a>
        </p>
      )}
    </div>
  );
}
