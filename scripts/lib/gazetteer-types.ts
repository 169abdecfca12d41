/** Shape of data/geo/gazetteer.json (the app reads it with its own zod schema). */
export type PlaceLevel = 'province' | 'prefecture';

/** The kinds of provincial-level unit (GB/T 2260): 省, 自治区, 直辖市, 特别行政区. */
export type ProvincialType = 'province' | 'autonomous-region' | 'municipality' | 'sar';

export interface GazetteerPlace {
  id: string; // GB/T 2260 code, 6 digits
  level: PlaceLevel;
  provinceType: ProvincialType; // of this unit (level province) or of the one it lies in
  aliasesEn?: string[]; // other English names a reader may search by ("Tibet", "Jiangsu Province")
  nameEn: string;
  nameZh: string;
  provinceId: string;
  provinceEn: string;
  provinceZh: string;
  lat: number; // WGS-84 degrees, 5 decimals
  lon: number;
  /** People in the seat's city proper (capital's for a province) per GeoNames; not the unit's total. */
  population?: number;
}

export interface GazetteerSource {
  name: string;
  licence: string;
  url?: string;
}

export interface Gazetteer {
  meta: {
    title: string;
    sources: GazetteerSource[];
    generatedBy: string;
    notes: string[];
  };
  places: GazetteerPlace[];
}
