import { useCallback, useState, type ReactNode } from 'react';
import { FigureTextDialog } from './FigureTextDialog';
import { offeredText, rememberText, sessionStore, settleText, type FigureText } from './figure-text';

interface Request {
  figure: string;
  what: string;
  defaultTitle: string;
  resolve(text: FigureText | null): void;
}

/**
 * Asks for an image's title and note before it is written (FigureTextDialog), offering the words
 * last used for that figure in this session. `ask` resolves to the words, or null when cancelled;
 * `dialog` is rendered where the asking control is.
 */
export function useFigureText(): { ask(figure: string, what: string, defaultTitle: string): Promise<FigureText | null>; dialog: ReactNode } {
  const [request, setRequest] = useState<Request | null>(null);
  const ask = useCallback((figure: string, what: string, defaultTitle: string) => new Promise<FigureText | null>((resolve) => setRequest({ figure, what, defaultTitle, resolve })), []);
  const dialog = request ? (
    <FigureTextDialog
      key={`${request.figure}|${request.defaultTitle}`}
      what={request.what}
      initial={offeredText(sessionStore(), request.figure, request.defaultTitle)}
      onClose={(text) => {
        setRequest(null);
        const settled = text && settleText(text, request.defaultTitle);
        if (settled) rememberText(sessionStore(), request.figure, request.defaultTitle, settled);
        request.resolve(settled);
      }}
    />
  ) : null;
  return { ask, dialog };
}
