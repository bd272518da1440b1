/**
 * Focus that never drops to <body>: dialogs give it back to the control that opened them (Fluent
 * does so only for a DialogTrigger), and actions that remove their own control hand it on.
 */
import { useCallback, useRef } from 'react';

/** Focuses `element` once the current render has settled, if it is still on the page. */
export function focusLater(element: HTMLElement | null | undefined): void {
  setTimeout(() => {
    if (element?.isConnected) element.focus();
  }, 0);
}

/** Remembers what had focus when the calling component mounted; the returned function gives focus back to it. */
export function useOpener(): () => void {
  const opener = useRef<HTMLElement | null>();
  if (opener.current === undefined) opener.current = (globalThis.document?.activeElement as HTMLElement | null) ?? null;
  return useCallback(() => focusLater(opener.current), []);
}
