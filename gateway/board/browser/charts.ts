/** Small SVG charts drawn from the figures a panel shows (no charting library, nothing fetched). */
const SVG = 'http://www.w3.org/2000/svg';
// Red and black are kept for the target and England on the line charts.
const PALETTE = ['#1d70b8', '#f47738', '#00703c', '#912b88', '#28a197', '#6f72af', '#b58840', '#85994b', '#505a5f'];

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function svgRoot(width: number, height: number, title: string): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'chart' });
  svg.appendChild(el('title', {}, title));
  return svg;
}

/** A rounded-up axis maximum: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

function legend(svg: SVGSVGElement, items: { name: string; colour: string; dash?: string }[], x: number, y: number) {
  items.forEach((item, i) => {
    const row = y + i * 18;
    svg.appendChild(
      el('line', {
        x1: x,
        y1: row,
        x2: x + 18,
        y2: row,
        stroke: item.colour,
        'stroke-width': 6,
        ...(item.dash ? { 'stroke-dasharray': item.dash, 'stroke-width': 2 } : {}),
      }),
    );
    svg.appendChild(el('text', { x: x + 24, y: row + 4, class: 'legend' }, item.name));
  });
}

export interface StackedBars {
  title: string;
  categories: string[];
  series: string[];
  /** values[category][series]; null (suppressed or missing) draws nothing. */
  values: (number | null)[][];
}

/** Horizontal bars, one per category, stacked by series (children in care by age band per council). */
export function stackedBarChart(chart: StackedBars): SVGSVGElement {
  const width = 720;
  const barHeight = 22;
  const left = 150;
  const right = 150;
  const top = 10;
  const height = top + chart.categories.length * (barHeight + 10) + 30;
  const svg = svgRoot(width, Math.max(height, 40 + chart.series.length * 18), chart.title);
  const totals = chart.values.map((row) => row.reduce<number>((sum, v) => sum + (v ?? 0), 0));
  const max = niceMax(Math.max(...totals, 0));
  const scale = (width - left - right) / max;
  chart.categories.forEach((category, i) => {
    const y = top + i * (barHeight + 10);
    svg.appendChild(
      el('text', { x: left - 8, y: y + barHeight / 2 + 4, 'text-anchor': 'end', class: 'axis' }, category),
    );
    let x = left;
    chart.values[i].forEach((value, s) => {
      if (!value) return;
      const bar = el('rect', { x, y, width: value * scale, height: barHeight, fill: PALETTE[s % PALETTE.length] });
      bar.appendChild(el('title', {}, `${category}, ${chart.series[s]}: ${value.toLocaleString('en-GB')}`));
      svg.appendChild(bar);
      x += value * scale;
    });
    svg.appendChild(
      el('text', { x: x + 6, y: y + barHeight / 2 + 4, class: 'axis' }, totals[i].toLocaleString('en-GB')),
    );
  });
  const axisY = top + chart.categories.length * (barHeight + 10);
  svg.appendChild(el('line', { x1: left, y1: axisY, x2: width - right, y2: axisY, class: 'axis-line' }));
  for (const tick of [0, max / 2, max])
    svg.appendChild(
      el(
        'text',
        { x: left + tick * scale, y: axisY + 16, 'text-anchor': 'middle', class: 'axis' },
        tick.toLocaleString('en-GB'),
      ),
    );
  legend(
    svg,
    chart.series.map((name, s) => ({ name, colour: PALETTE[s % PALETTE.length] })),
    width - right + 40,
    top + 6,
  );
  return svg;
}

export interface LineSeries {
  name: string;
  values: (number | null)[];
  /** Reference lines (England, the target) are dashed. */
  dash?: string;
  colour?: string;
}

/** Lines over periods (A10 and A2 per council beside England and the target). */
export function lineChart(title: string, periods: string[], series: LineSeries[], unit: string): SVGSVGElement {
  const width = 720;
  const height = 260;
  const left = 56;
  const right = 190;
  const top = 24;
  const bottom = 34;
  const svg = svgRoot(width, height, title);
  svg.appendChild(el('text', { x: left, y: 14, class: 'chart-title' }, title));
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(...all, 0));
  const x = (i: number) => left + (periods.length === 1 ? 0.5 : i / (periods.length - 1)) * (width - left - right);
  const y = (v: number) => top + (1 - v / max) * (height - top - bottom);
  for (const tick of [0, max / 2, max]) {
    svg.appendChild(el('line', { x1: left, y1: y(tick), x2: width - right, y2: y(tick), class: 'grid' }));
    svg.appendChild(el('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis' }, `${tick}`));
  }
  svg.appendChild(el('text', { x: 4, y: top - 8, class: 'axis' }, unit));
  periods.forEach((period, i) =>
    svg.appendChild(el('text', { x: x(i), y: height - bottom + 18, 'text-anchor': 'middle', class: 'axis' }, period)),
  );
  const colours = series.map((s, i) => s.colour ?? PALETTE[i % PALETTE.length]);
  series.forEach((s, i) => {
    const points = s.values.map((v, p) => (v === null ? null : `${x(p)},${y(v)}`));
    const drawn = points.filter((p): p is string => p !== null);
    if (drawn.length > 1)
      svg.appendChild(
        el('polyline', {
          points: drawn.join(' '),
          fill: 'none',
          stroke: colours[i],
          'stroke-width': 2,
          ...(s.dash ? { 'stroke-dasharray': s.dash } : {}),
        }),
      );
    s.values.forEach((v, p) => {
      if (v === null) return;
      const dot = el('circle', { cx: x(p), cy: y(v), r: 3.5, fill: colours[i] });
      dot.appendChild(el('title', {}, `${s.name}, ${periods[p]}: ${v}`));
      svg.appendChild(dot);
    });
  });
  legend(
    svg,
    series.map((s, i) => ({ name: s.name, colour: colours[i], dash: s.dash })),
    width - right + 20,
    top + 4,
  );
  return svg;
}
