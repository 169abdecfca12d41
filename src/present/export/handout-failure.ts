/** A handout that could not be made, for a reason the dialog can say in the display language (handout.status.*). */
export class HandoutFailure extends Error {
  constructor(
    readonly reason: 'noFont' | 'noImage' | 'noView',
    /** The scene (1-based) whose picture failed. */
    readonly scene?: number,
  ) {
    super(reason);
    this.name = 'HandoutFailure';
  }
}
