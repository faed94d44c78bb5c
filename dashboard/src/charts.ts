/**
 * Charts with Apache ECharts (only the parts we use, SVG renderer: sharp in print). A chart is
 * decoration over its table: it carries a text alternative (role="img" with a description that states
 * the figures), and the table behind it is always on the page.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from './dom';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** High-contrast colours (each at least 3:1 against white, WCAG 1.4.11). */
export const COLOURS = ['#01689b', '#b35900', '#39870c', '#8f1e6c', '#555555'];

const charts = new Set<echarts.ECharts>();
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

export function disposeCharts(): void {
  charts.forEach((c) => c.dispose());
  charts.clear();
}

export function chart(id: string, caption: string, alternative: string, option: echarts.EChartsCoreOption, height = 280): HTMLElement {
  const canvas = h('div', { class: 'chart', id, role: 'img', 'aria-label': alternative });
  canvas.style.height = `${height}px`;
  const figure = h('figure', { class: 'utrecht-figure chart-figure' }, canvas, h('figcaption', { class: 'utrecht-figure__caption' }, caption));
  // Drawn once the element is in the page (ECharts needs its size).
  requestAnimationFrame(() => {
    if (!canvas.isConnected) return;
    const instance = echarts.init(canvas, null, { renderer: 'svg' });
    instance.setOption({ animation: false, color: COLOURS, textStyle: { fontFamily: 'inherit', color: '#222' }, aria: { enabled: false }, ...option });
    charts.add(instance);
  });
  return figure;
}
