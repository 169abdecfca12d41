/**
 * Tooltip settings shared by the bar charts: a soft band behind the hovered bar, no animation, and
 * the tooltip held open on the bar that has keyboard focus (`focused` is its index, or -1).
 */
export function keyboardTooltipProps(focused: number) {
  return {
    cursor: { fill: 'rgba(23, 33, 29, 0.07)' },
    isAnimationActive: false,
    active: focused >= 0 ? true : undefined,
    defaultIndex: focused >= 0 ? focused : undefined,
  } as const;
}
