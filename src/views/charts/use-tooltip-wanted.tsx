import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { Tooltip, type TooltipContentProps } from 'recharts';
import { keyboardTooltipProps } from './keyboard-tooltip';

/** Set once, from the first time the pointer enters a chart or something in it takes keyboard focus. */
export interface TooltipWanted {
  get(): boolean;
  subscribe(listener: () => void): () => void;
  want(): void;
}

function makeTooltipWanted(): TooltipWanted {
  let wanted = false;
  const listeners = new Set<() => void>();
  return {
    get: () => wanted,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    want() {
      if (wanted) return;
      wanted = true;
      for (const listener of listeners) listener();
    },
  };
}

/**
 * Whether a chart's tooltip is wanted yet, and the handlers for the chart's box that say it is. A
 * recharts `<Tooltip>` measures its box (a forced layout of the page) as it mounts and follows the
 * chart's store at every redraw: four of them at the first paint cost the load work for nothing
 * the screen shows (docs/PERFORMANCE.md, change 36). Only `WhenWanted` redraws when it becomes
 * wanted, not the chart around it.
 */
export function useTooltipWanted(): [wanted: TooltipWanted, handlers: { onPointerEnter(): void; onFocus(): void }] {
  const [wanted] = useState(makeTooltipWanted);
  return [wanted, { onPointerEnter: wanted.want, onFocus: wanted.want }];
}

/** Draws `children` (a chart's `<Tooltip>`) once it is wanted. */
export function WhenWanted({ wanted, children }: { wanted: TooltipWanted; children: () => ReactNode }) {
  const shown = useSyncExternalStore(wanted.subscribe, wanted.get, wanted.get);
  return shown ? children() : null;
}

/**
 * A bar chart's tooltip, mounted once wanted: `describe` draws the hovered (or focused, `focused`
 * its index, or -1) bar's row.
 */
export function BarTooltip<Row>({ wanted, focused, describe }: { wanted: TooltipWanted; focused: number; describe(row: Row): ReactNode }) {
  return (
    <WhenWanted wanted={wanted}>
      {() => (
        <Tooltip
          {...keyboardTooltipProps(focused)}
          content={(props: TooltipContentProps) => {
            const row = props.payload?.[0]?.payload as Row | undefined;
            return props.active && row ? describe(row) : null;
          }}
        />
      )}
    </WhenWanted>
  );
}
