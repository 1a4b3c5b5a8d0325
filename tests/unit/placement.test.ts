import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '../../entrypoints/compose.content/placement';

const overlaps = (a: { left: number; top: number }, size: { width: number; height: number }, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + size.width && a.top < b.top + b.height && b.top < a.top + size.height;

describe('placeCard at phone width (390 × 844)', () => {
  const viewport = { width: 390, height: 844 };
  const card = { width: 358, height: 250 };

  it('keeps off the Post button under a tall composer, inside the screen', () => {
    const composer = { left: 0, top: 150, width: 390, height: 450 };
    const button = { left: 300, top: 610, width: 70, height: 36 };
    const spot = placeCard({ composer, avoid: button, card, viewport });
    expect(overlaps(spot, card, button)).toBe(false);
    expect(spot.top).toBeGreaterThanOrEqual(0);
    expect(spot.top + card.height).toBeLessThanOrEqual(viewport.height);
    expect(spot.left + card.width).toBeLessThanOrEqual(viewport.width);
  });

  it('keeps off a Post button above the composer (X at phone width: the button sits in the top bar)', () => {
    const composer = { left: 0, top: 60, width: 390, height: 200 };
    const button = { left: 300, top: 8, width: 70, height: 36 };
    const spot = placeCard({ composer, avoid: button, card, viewport });
    expect(overlaps(spot, card, button)).toBe(false);
    expect(spot.top + card.height).toBeLessThanOrEqual(viewport.height);
  });
});

