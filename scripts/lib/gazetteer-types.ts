/** Shape of data/geo/gazetteer.json (the app reads it with its own zod schema). */
export type PlaceLevel = 'province' | 'prefecture';

export interface GazetteerPlace {
  id: string; // GB/T 2260 code, 6 digits
  level: PlaceLevel;
  nameEn: string;
  nameZh: string;
  provinceId: string;
  provinceEn: string;
  provinceZh: string;
  lat: number; // WGS-84 degrees, 5 decimals
  lon: number;
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
