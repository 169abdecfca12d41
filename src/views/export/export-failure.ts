/** An export that failed for a reason the app can say in the display language (exports.status.*). */
export class ExportFailure extends Error {
  constructor(readonly reason: 'noFigure' | 'encode') {
    super(reason);
    this.name = 'ExportFailure';
  }
}
