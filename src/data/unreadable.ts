/**
 * Stands for a file that could not be parsed; its problem is already reported, so validation skips
 * it. In a module of its own: the loader on the first screen needs it, not the validation code.
 */
export const UNREADABLE = Symbol('unreadable file');
