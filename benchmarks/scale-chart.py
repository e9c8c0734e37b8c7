#!/usr/bin/env python3
"""Draws docs/images/scale.svg from benchmarks/scale.csv (whole-process runs, benchmarks/scale.sh) and
benchmarks/jmh-stream.csv (seconds per pass of the stream benchmarks, benchmarks/run.sh stream).

Plain SVG written by hand: the chart needs no plotting library on the machine that regenerates it.
Usage: scale-chart.py [scale.csv] [out.svg] [jmh-stream.csv]
"""
import csv
import math
import sys

scale_csv = sys.argv[1] if len(sys.argv) > 1 else 'benchmarks/scale.csv'
out_svg = sys.argv[2] if len(sys.argv) > 2 else 'docs/images/scale.svg'
jmh_csv = sys.argv[3] if len(sys.argv) > 3 else 'benchmarks/jmh-stream.csv'

rows = list(csv.DictReader(open(scale_csv)))
latest = {}
for r in rows:  # the latest run of each (scale, format)
    latest[(r['scale'], r['format'])] = r
series = {}
for (scale, fmt), r in latest.items():
    series.setdefault(fmt, []).append((int(r['records']), float(r['records_per_s']), float(r['max_live_heap_mb']), scale))
for points in series.values():
    points.sort()
colors = {'1.0': '#1f77b4', '1.1': '#d62728'}

W, H = 960, 330
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
       '<rect width="100%" height="100%" fill="white"/>']


def panel(x0, title, ylabel, pick, ymax_hint=None):
    w, h, top = 260, 220, 50
    xs = [p[0] for pts in series.values() for p in pts]
    ys = [pick(p) for pts in series.values() for p in pts]
    if not xs:
        return
    lx0, lx1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y1 = max(ys) * 1.15 if ys else 1
    def px(v):
        return x0 + (math.log10(v) - lx0) / max(1, lx1 - lx0) * w
    def py(v):
        return top + h - v / y1 * h
    svg.append(f'<text x="{x0}" y="{top - 18}" font-size="13" font-weight="bold">{title}</text>')
    svg.append(f'<line x1="{x0}" y1="{top + h}" x2="{x0 + w}" y2="{top + h}" stroke="black"/>')
    svg.append(f'<line x1="{x0}" y1="{top}" x2="{x0}" y2="{top + h}" stroke="black"/>')
    for e in range(lx0, lx1 + 1):
        svg.append(f'<text x="{px(10 ** e)}" y="{top + h + 14}" text-anchor="middle">10^{e}</text>')
    svg.append(f'<text x="{x0 + w / 2}" y="{top + h + 30}" text-anchor="middle">records (log)</text>')
    for i in range(5):
        v = y1 * i / 4
        label = f'{v / 1e6:.2f} M' if y1 > 1e5 else f'{v:.0f}'
        svg.append(f'<text x="{x0 - 4}" y="{py(v) + 4}" text-anchor="end">{label}</text>')
    svg.append(f'<text x="{x0}" y="{top - 4}" fill="#555">{ylabel}</text>')
    for fmt, pts in sorted(series.items()):
        c = colors.get(fmt, 'black')
        path = ' '.join(f'{px(p[0]):.1f},{py(pick(p)):.1f}' for p in pts)
        svg.append(f'<polyline points="{path}" fill="none" stroke="{c}" stroke-width="2"/>')
        for p in pts:
            svg.append(f'<circle cx="{px(p[0]):.1f}" cy="{py(pick(p)):.1f}" r="3" fill="{c}"><title>{p[3]} {fmt}: {pick(p):,.0f}</title></circle>')


panel(60, 'Throughput by input size', 'records/s', lambda p: p[1])
panel(390, 'Largest live heap by input size', 'MB after a GC', lambda p: p[2])
y = 285
for i, fmt in enumerate(sorted(series)):
    svg.append(f'<rect x="{60 + i * 90}" y="{y + 10}" width="12" height="12" fill="{colors.get(fmt, "black")}"/>'
               f'<text x="{76 + i * 90}" y="{y + 20}">format {fmt}</text>')

try:
    jmh = {r['benchmark']: float(r['seconds']) for r in csv.DictReader(open(jmh_csv))}
except FileNotFoundError:
    jmh = {}
if 'e_partyorgStream' in jmh:
    x0, top, w = 720, 50, 200
    svg.append(f'<text x="{x0}" y="{top - 18}" font-size="13" font-weight="bold">Speed beside the alternatives</text>')
    svg.append(f'<text x="{x0}" y="{top - 4}" fill="#555">relative speed, same 1M-record stream, one JMH run</text>')
    names = [('a_tokenize', 'Jackson tokenization'), ('e_partyorgStreamAllThreads', 'partyorg, all (2) threads'),
             ('e_partyorgStream', 'partyorg, one reading thread'),
             ('b_databind', 'Jackson databind'), ('c_databindAndHibernateValidator', 'databind + Hibernate Validator'),
             ('d_jsonSchema', 'networknt JSON Schema')]
    fastest = min(jmh[n] for n, _ in names if n in jmh)
    for i, (n, label) in enumerate(x for x in names if x[0] in jmh):
        speed = fastest / jmh[n]
        yy = top + 10 + i * 40
        color = '#d62728' if n.startswith('e_partyorgStream') else '#888'
        svg.append(f'<rect x="{x0}" y="{yy}" width="{speed * w:.1f}" height="16" fill="{color}"/>')
        svg.append(f'<text x="{x0}" y="{yy + 30}">{label}: {speed:.2f}</text>')

svg.append('</svg>')
open(out_svg, 'w').write('\n'.join(svg) + '\n')
print(f'wrote {out_svg}')
