/** Characters a file name may keep: letters and digits of any script (中文 too). */
const UNSAFE = /[^\p{L}\p{N}]+/gu;
/** Long enough for a chart's title; short enough for every file system. */
const MAX_STEM = 80;

/**
 * "carbon-initiatives-2025-06-01.csv", "中国减碳合作举措-2025-06-01.csv": a stem made safe (letters and
 * digits of any script, lower case, anything else one hyphen), the local date of the export, an
 * extension. `fallback` names a file whose stem has nothing left.
 */
export function exportFileName(stem: string, extension: string, at: Date, fallback = 'export'): string {
  const slug = stem
    .normalize('NFC')
    .toLowerCase()
    .replace(UNSAFE, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  return `${slug || fallback}-${formatExportDate(at)}.${extension}`;
}

/** The local calendar date as "YYYY-MM-DD". */
export function formatExportDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Saves a blob through the browser's download, without leaving the page or its origin. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
