/**
 * Where the card goes: beside the composer, inside the viewport, and never over the
 * post button it is warning about (the user must be able to press Post again).
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 8;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

export function placeCard(input: {
  composer: Box;
  avoid: Box | null;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
}): { left: number; top: number } {
  const { composer, avoid, card, viewport } = input;
  const clampX = (x: number) => Math.max(GAP, Math.min(x, viewport.width - card.width - GAP));
  const left = clampX(composer.left);
  const bottom = (box: Box) => box.top + box.height;
  // In order of preference: below the composer, above it, below the post button, beside the composer.
  const candidates: { left: number; top: number }[] = [
    { left, top: bottom(composer) + GAP },
    { left, top: composer.top - GAP - card.height },
    ...(avoid ? [{ left, top: bottom(avoid) + GAP }, { left, top: avoid.top - GAP - card.height }] : []),
    { left: clampX(composer.left + composer.width + GAP), top: composer.top },
    { left: clampX(composer.left - card.width - GAP), top: composer.top },
  ];
  const fits = (c: { left: number; top: number }) => c.top >= 0 && c.top + card.height <= viewport.height;
  const clear = (c: { left: number; top: number }) => !avoid || !overlaps({ ...c, ...card }, avoid);
  return (
    candidates.find((c) => fits(c) && clear(c)) ??
    candidates.find(clear) ??
    candidates[0]!
  );
}
