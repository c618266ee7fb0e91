import { describe, expect, it, vi } from 'vitest';
import { glossaryEntry } from '../../../src/ui/help/glossary';
import { tip } from '../../../src/ui/help/tip';

describe('tip', () => {
  it('carries the label and the glossary text for a known term', () => {
    const result = tip('take-or-pay', 'Deal ledger');
    expect(result.values).toContain('Deal ledger');
    expect(result.values).toContain(glossaryEntry('take-or-pay')?.text);
  });

  it('falls back to the glossary’s own name when no label is given', () => {
    expect(tip('hhi').values).toContain('HHI (market concentration)');
  });

  it('renders an unknown id as its plain label, and warns once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = tip('no-such-term', 'Mystery figure');
    tip('no-such-term', 'Mystery figure');
    expect(result.values).toEqual(['Mystery figure']);
    expect(result.strings.join('')).not.toContain('button');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
