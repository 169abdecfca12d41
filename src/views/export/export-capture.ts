/**
 * What an exported image copies from the page, and what it leaves out: shared with the handout
 * (src/present/export/), so it lives in src/lib/capture.ts.
 */
export { CAPTURED_STYLE_PROPERTIES, EXPORT_SKIP_ATTRIBUTE, inlineSvgStyles, keepInExport } from '../../lib/capture';
