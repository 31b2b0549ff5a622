import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ProgressChart from './ProgressChart.svelte';
import { setLocale } from '../lib/format';

// The charting library draws on a canvas jsdom lacks: record what it is asked to draw.
const drawn = vi.hoisted(() => [] as { axes: { values?: (u: unknown, splits: number[]) => string[] }[] }[]);
vi.mock('uplot', () => ({
  default: class {
    constructor(options: (typeof drawn)[number]) {
      drawn.push(options);
    }
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(() => {
  drawn.length = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12));
});

afterEach(() => {
  setLocale(null);
  vi.useRealTimers();
});

describe('a criterion’s progress chart', () => {
  test('describes its points with dates as people say them', () => {
    setLocale('en-GB');
    render(ProgressChart, { title: 'Listening', days: ['2026-10-05', '2026-10-12'], values: [2, null], max: 5 });
    expect(screen.getByRole('img')).toHaveAccessibleName('Listening: Mon 5 Oct 2; Mon 12 Oct not scored');
  });

  test('labels the time axis in the locale’s order', async () => {
    setLocale('en-US');
    render(ProgressChart, { title: 'Listening', days: ['2026-10-05'], values: [3], max: 5 });
    await waitFor(() => expect(drawn).toHaveLength(1));
    const values = drawn[0].axes[0].values!;
    expect(values(null, [Date.parse('2026-10-05T12:00:00Z') / 1000])).toEqual(['Oct 5']);
  });

  test('draws again in the new colours when the theme changes', async () => {
    render(ProgressChart, { title: 'Listening', days: ['2026-10-05'], values: [3], max: 5 });
    await waitFor(() => expect(drawn).toHaveLength(1));
    document.documentElement.dataset.theme = 'dark';
    await waitFor(() => expect(drawn).toHaveLength(2));
    delete document.documentElement.dataset.theme;
  });
});
