import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, showLocale } from '../../../src/i18n/i18n';
import { BASEMAP_SOURCES } from '../../../src/views/map/MapCredits';
import { TILE_NOTE_VALUES, TILE_SOURCE_IDS } from '../../../src/views/map/tile-sources';

const meta = (JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as { meta: { credits: string; notApproved: string } }).meta;
const untagged = (text: string) => text.replace(/<\/?\w+\s*\/?>/g, '');

describe('map credits', () => {
  afterEach(() => showLocale('en'));

  it('name in English exactly what the basemap says it is built from', () => {
    // A rebuild with other packages or versions fails here: update BASEMAP_SOURCES (MapCredits.tsx).
    expect(i18n.t('map.credits.sources', BASEMAP_SOURCES)).toBe(meta.credits);
    expect(untagged(i18n.t('map.credits.notApprovedFull'))).toBe(meta.notApproved);
  });

  it('name the same sources in Chinese', async () => {
    await showLocale('zh');
    const text = i18n.t('map.credits.sources', BASEMAP_SOURCES);
    for (const name of Object.values(BASEMAP_SOURCES)) expect(text).toContain(name);
    expect(text).toMatch(/^省级行政区：/);
    expect(untagged(i18n.t('map.credits.notApprovedFull'))).toContain('审图号');
  });

  it('describe every tile source in both languages', async () => {
    for (const locale of ['en', 'zh'] as const) {
      await showLocale(locale);
      for (const id of TILE_SOURCE_IDS) {
        const note = i18n.t(`map.settings.source.${id}.note`, TILE_NOTE_VALUES);
        expect(note, `${locale} ${id}`).not.toMatch(/{{/);
      }
    }
    expect(i18n.t('map.settings.source.tianditu.note', TILE_NOTE_VALUES)).toContain('console.tianditu.gov.cn');
  });
});
