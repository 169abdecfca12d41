import { useLayoutEffect, useRef } from 'react';
import { drawDensity, type DensityFrame } from './draw-density';
import type { TimelineSizes } from './timeline-sizes';

interface DensityCanvasProps {
  /** Drawn at `frame.pixelRatio` device pixels per CSS pixel. */
  frame: DensityFrame;
  width: number;
  height: number;
  /** Centres of the selected initiative's marks, one per lane it is in. */
  selected: ReadonlyArray<{ x: number; y: number }>;
  label: string;
  sizes: Pick<TimelineSizes, 'ringRadius' | 'ringOuterLine' | 'ringInnerLine'>;
}

/** Counts per lane and month on a canvas: one draw per frame however many initiatives there are. */
export function DensityCanvas({ frame, width, height, selected, label, sizes }: DensityCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = frame.pixelRatio;
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawDensity(ctx, frame);
    for (const { x, y } of selected) drawSelectedRing(ctx, x, y, sizes);
  }, [frame, width, height, selected, sizes]);
  return <canvas ref={ref} className="tl-layer" style={{ width, height }} role="img" aria-label={label} />;
}

function drawSelectedRing(ctx: CanvasRenderingContext2D, x: number, y: number, sizes: DensityCanvasProps['sizes']) {
  ctx.lineWidth = sizes.ringOuterLine;
  ctx.strokeStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(x, y, sizes.ringRadius, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = sizes.ringInnerLine;
  ctx.strokeStyle = '#17211d';
  ctx.stroke();
}
