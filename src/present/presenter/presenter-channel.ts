import { z } from 'zod';
import { LOCALES } from '../../i18n/locale';
import { DECK_KINDS } from '../deck/present-url';

/**
 * Messages between the main screen and the presenter view (a second window of the same app),
 * over a BroadcastChannel named per dataset. The main screen owns the presentation and sends its
 * state on every change; the presenter view sends commands and a hello when it opens.
 */
export function channelName(datasetBaseUrl: string): string {
  return `carbon-dashboard:present:${datasetBaseUrl}`;
}

/** A text in the main window's display language, or in the other one, marked (deck/scene-words.ts). */
const WordsSchema = z.object({ text: z.string(), lang: z.enum(LOCALES), fallback: z.boolean() });
const SceneSummarySchema = z.object({ title: WordsSchema, caption: WordsSchema.nullable(), notes: WordsSchema.nullable() });

/** Scene titles sent for the presenter's list: a window around the current scene, for very long decks. */
export const TITLE_WINDOW = 200;

export const SnapshotSchema = z.object({
  /** The main window's display language: the presenter view follows it. */
  lang: z.enum(LOCALES),
  deck: z.enum(DECK_KINDS),
  deckTitle: WordsSchema.nullable(),
  count: z.number().int().min(0),
  index: z.number().int().min(0),
  current: SceneSummarySchema.nullable(),
  /** The scene after this one (the first again when auto-advance loops), or null at the end. */
  next: SceneSummarySchema.nullable(),
  /** Titles of scenes `titlesFrom` .. `titlesFrom + titles.length - 1`. */
  titles: z.array(WordsSchema).max(TITLE_WINDOW),
  titlesFrom: z.number().int().min(0),
  presenting: z.boolean(),
  blanked: z.boolean(),
  /** The presenter has explored away from the scene's view. */
  drifted: z.boolean(),
  /** Auto-advance interval in seconds, or null when off. */
  auto: z.number().nullable(),
});

const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('go'), index: z.number().int().min(0) }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('previous') }),
  z.object({ type: z.literal('blank') }),
  z.object({ type: z.literal('unblank') }),
  z.object({ type: z.literal('return') }),
]);

const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), state: SnapshotSchema }),
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('command'), command: CommandSchema }),
]);

export type PresentationSnapshot = z.infer<typeof SnapshotSchema>;
export type RemoteCommand = z.infer<typeof CommandSchema>;
export type PresenterMessage = z.infer<typeof MessageSchema>;

/** A message from the channel, or null for anything else (another version of the app, a stray post). */
export function parseMessage(data: unknown): PresenterMessage | null {
  const result = MessageSchema.safeParse(data);
  return result.success ? result.data : null;
}

/** Opens the channel where the browser has one; null elsewhere (the presenter view then says so). */
export function openChannel(name: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
}
