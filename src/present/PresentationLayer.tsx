/** Presentation mode overlay (scenes, stepping, presenter view); built in src/present/. */
export function PresentationLayer() {
  return null;
}
