/**
 * English names for the countries drawn in the basemap window (60-150 E, -5-60 N), by ISO 3166-1
 * alpha-2 code. Written out (from Intl.DisplayNames, lightly shortened) so the output does not
 * depend on the ICU data of whichever Node version runs the build.
 */
export const COUNTRY_NAMES_EN: Readonly<Record<string, string>> = {
  AF: 'Afghanistan', BD: 'Bangladesh', BN: 'Brunei', BT: 'Bhutan', GU: 'Guam',
  ID: 'Indonesia', IN: 'India', IR: 'Iran', JP: 'Japan', KG: 'Kyrgyzstan',
  KH: 'Cambodia', KP: 'North Korea', KR: 'South Korea', KZ: 'Kazakhstan', LA: 'Laos',
  LK: 'Sri Lanka', MM: 'Myanmar', MN: 'Mongolia', MP: 'Northern Mariana Islands', MV: 'Maldives',
  MY: 'Malaysia', NP: 'Nepal', PG: 'Papua New Guinea', PH: 'Philippines', PK: 'Pakistan',
  PW: 'Palau', RU: 'Russia', SG: 'Singapore', TH: 'Thailand', TJ: 'Tajikistan',
  TM: 'Turkmenistan', US: 'United States', UZ: 'Uzbekistan', VN: 'Vietnam',
};

/** Natural Earth's features without an ISO code, by Chinese name. */
export const UNCODED_NAMES_EN: Readonly<Record<string, string>> = {
  锡亚琴冰川: 'Siachen Glacier',
};
