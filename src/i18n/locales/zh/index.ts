// The zh strings: the same keys as en/ (tests/i18n/locales.test.ts checks), fetched as a chunk of their own.
import common from './common.json';
import shell from './shell.json';
import filters from './filters.json';
import map from './map.json';
import timeline from './timeline.json';
import charts from './charts.json';
import details from './details.json';
import exports from './exports.json';
import present from './present.json';
import data from './data.json';
import search from './search.json';
import offline from './offline.json';
import handout from './handout.json';
import sources from './sources.json';
import table from './table.json';
import curate from './curate.json';

export default { common, shell, filters, map, timeline, charts, details, exports, present, data, search, offline, handout, sources, table, curate };
