import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget, keyBelongsToTarget } from './key-targets';
import { stepKey } from './step-controller';
import type { PresentSession } from './use-present-session';

/**
 * The keyboard: P (or p) starts presenting when not typing; while presenting, the stepping keys
 * of step-controller. Listens on the window, after the focused control has had its turn.
 */
export function usePresentKeys(session: PresentSession, panelOpen: boolean): void {
  const { t } = useTranslation();
  const latest = useRef(session);
  const words = useRef(t);
  useEffect(() => {
    latest.current = session;
    words.current = t;
  });

  useEffect(function listenForKeys() {
    const onKeyDown = (event: KeyboardEvent) => {
      const s = latest.current;
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (!s.presenting) {
        if ((event.key === 'p' || event.key === 'P') && !panelOpen) {
          event.preventDefault();
          s.start();
        }
        return;
      }
      if (panelOpen) return;
      if (!s.blanked && !(event.key === 'Enter' && s.digits) && keyBelongsToTarget(event.target, event.key)) return;
      const result = stepKey({ index: s.index, count: s.count, digits: s.digits, blanked: s.blanked, loop: s.auto !== null }, event.key);
      if (result.handled) event.preventDefault();
      if (result.digits !== s.digits) s.setDigits(result.digits);
      const command = result.command;
      if (!command) return;
      switch (command.type) {
        case 'go':
          s.go(command.index);
          break;
        case 'blank':
          s.setBlanked(true);
          break;
        case 'unblank':
          s.setBlanked(false);
          break;
        case 'return':
          s.returnToScene();
          break;
        case 'exit':
          s.exit();
          break;
        case 'invalid':
          s.say(words.current('present.message.noScene', { digits: command.digits, count: s.count }));
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [panelOpen]);
}
