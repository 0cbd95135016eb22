"""One SVG line chart for the bench/ scripts (Python 3 standard library only)."""
from pathlib import Path

COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]


def line_chart(out, title, series, x_label, y_label, y_range, y_ticks, x_format, references=()):
    """Writes series [(label, [(x, y), ...]), ...] to out; references [(label, y), ...] are dashed lines."""
    width, height, left, bottom, top, right = 640, 360, 60, 50, 40, 150
    y_min, y_max = y_range
    max_x = max((px for _, pts in series for px, _ in pts), default=1) or 1
    x = lambda v: left + (width - left - right) * v / max_x
    y = lambda v: top + (height - top - bottom) * (1 - (min(max(v, y_min), y_max) - y_min) / (y_max - y_min))
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>']
    for v in y_ticks:
        svg.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    for k in range(0, 6):
        v = max_x * k / 5
        svg.append(f'<text x="{x(v):.1f}" y="{height - bottom + 16}" text-anchor="middle">{x_format(v)}</text>')
    svg.append(f'<text x="{(left + width - right) / 2}" y="{height - 10}" text-anchor="middle">{x_label}</text>')
    svg.append(f'<text x="14" y="{(top + height - bottom) / 2}" transform="rotate(-90 14 {(top + height - bottom) / 2})" '
               f'text-anchor="middle">{y_label}</text>')
    for label, level in references:
        svg.append(f'<line x1="{left}" x2="{width - right}" y1="{y(level):.1f}" y2="{y(level):.1f}" stroke="#888" '
                   f'stroke-dasharray="4 3"/>')
        svg.append(f'<text x="{width - right - 4}" y="{y(level) - 4:.1f}" text-anchor="end" fill="#666">{label}</text>')
    for i, (label, pts) in enumerate(series):
        color = COLORS[i % len(COLORS)]
        path = " ".join(f"{x(px):.1f},{y(py):.1f}" for px, py in pts)
        svg.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{path}"/>')
        svg.append(f'<text x="{width - right + 8}" y="{top + 16 * i + 10}" fill="{color}">{label}</text>')
    svg.append("</svg>")
    Path(out).write_text("\n".join(svg) + "\n")
