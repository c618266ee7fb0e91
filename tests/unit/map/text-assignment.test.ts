import { describe, expect, it } from 'vitest';
import { assignTexts } from '../../../src/render/map/text-assignment';

/** How many lines land on a text that held other words, i.e. are re-rendered. */
const rerendered = (shown: string[], wanted: string[]) =>
  assignTexts(shown, wanted).filter((index, j) => index === undefined || shown[index] !== wanted[j]).length;

describe('matching map labels to the texts that already show them', () => {
  it('re-renders only the new line when a region gains one in the middle of the labels', () => {
    const before = ['A 100 MW left', 'B 200 MW left', 'C 300 MW left', 'D 400 MW left'];
    const after = ['A 100 MW left', '1 building', 'B 200 MW left', 'C 300 MW left', 'D 400 MW left'];
    // Handed out in drawing order, the four lines after the new one would each move to another text.
    expect(rerendered(before, after)).toBe(1);
    const assigned = assignTexts(before, after);
    expect(assigned).toEqual([0, undefined, 1, 2, 3]);
  });

  it('gives a changed line a text left over, and never one text to two lines', () => {
    const assigned = assignTexts(['x', 'y', 'z'], ['z', 'w', 'x']);
    expect(assigned).toEqual([2, 1, 0]);
    expect(new Set(assigned).size).toBe(3);
  });

  it('keeps repeated words apart: two equal lines take two texts', () => {
    expect(assignTexts(['same', 'same'], ['same', 'same', 'same'])).toEqual([0, 1, undefined]);
  });

  it('asks for new texts only when every text is taken', () => {
    expect(assignTexts([], ['a', 'b'])).toEqual([undefined, undefined]);
    expect(assignTexts(['a', 'b', 'c'], ['q'])).toEqual([0]);
  });
});
