import { useLayoutEffect, useRef } from 'react';
import { drawDensity, type DensityFrame } from './draw-density';

interface DensityCanvasProps {
  frame: DensityFrame;
  width: number;
  height: number;
  /** Centres of the selected initiative's marks, one per lane it is in. */
  selected: ReadonlyArray<{ x: number; y: number }>;
  label: string;
}

/** Counts per lane and month on a canvas: one draw per frame however many initiatives there are. */
export function DensityCanvas({ frame, width, height, selected, label }: DensityCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawDensity(ctx, frame);
    for (const { x, y } of selected) drawSelectedRing(ctx, x, y);
  }, [frame, width, height, selected]);
  return <canvas ref={ref} className="tl-layer" style={{ width, height }} role="img" aria-label={label} />;
}

function drawSelectedRing(ctx: CanvasRenderingContext2D, x: number, y: number) {
  ctx.lineWidth = 4;
  ctx.strokeStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(x, y, 7, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#17211d';
  ctx.stroke();
}
