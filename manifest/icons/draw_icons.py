#!/usr/bin/env python3
"""Draws the Teams app icons: manifest/color.png (192x192) and manifest/outline.png (32x32).

The motif is two joined speech bubbles, the first carrying a bridge: general practice and the
hospital talking across the interface. Plain Python 3 (no Pillow): shapes are signed distance functions, sampled
4x4 per pixel for smooth edges, and written as 8-bit RGBA PNGs.

    python3 manifest/icons/draw_icons.py
"""

import math
import os
import struct
import zlib

NHS_BLUE = (0x00, 0x5E, 0xB8)
NHS_LIGHT_BLUE = (0x41, 0xB6, 0xE6)
NHS_DARK_BLUE = (0x00, 0x30, 0x87)
WHITE = (0xFF, 0xFF, 0xFF)

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.dirname(HERE)


# --- shapes, in a 0..1 square; negative distance = inside ----------------------------------------


def rounded_rect(cx, cy, hw, hh, r):
    def d(x, y):
        qx = abs(x - cx) - hw + r
        qy = abs(y - cy) - hh + r
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        return outside + min(max(qx, qy), 0.0) - r

    return d


def triangle(a, b, c):
    def d(x, y):
        # Distance to a triangle (Inigo Quilez's formulation).
        def edge(p0, p1):
            ex, ey = p1[0] - p0[0], p1[1] - p0[1]
            vx, vy = x - p0[0], y - p0[1]
            t = max(0.0, min(1.0, (vx * ex + vy * ey) / (ex * ex + ey * ey)))
            return (vx - ex * t) ** 2 + (vy - ey * t) ** 2, ex * vy - ey * vx

        (d0, s0), (d1, s1), (d2, s2) = edge(a, b), edge(b, c), edge(c, a)
        inside = (s0 >= 0 and s1 >= 0 and s2 >= 0) or (s0 <= 0 and s1 <= 0 and s2 <= 0)
        dist = math.sqrt(min(d0, d1, d2))
        return -dist if inside else dist

    return d


def union(*shapes):
    return lambda x, y: min(s(x, y) for s in shapes)


def subtract(shape, hole):
    return lambda x, y: max(shape(x, y), -hole(x, y))


def ring(shape, width):
    """The outline of a shape, `width` thick, on its inside."""
    return lambda x, y: max(shape(x, y), -(shape(x, y) + width))


def bubble(cx, cy, hw, hh, tail_left):
    """A speech bubble whose tail points down and out, to the left or the right."""
    body = rounded_rect(cx, cy, hw, hh, hh * 0.55)
    bottom = cy + hh
    if tail_left:
        tail = triangle(
            (cx - hw * 0.55, bottom - 0.05), (cx - hw * 0.05, bottom - 0.05), (cx - hw, bottom + 0.12)
        )
    else:
        tail = triangle(
            (cx + hw * 0.05, bottom - 0.05), (cx + hw * 0.55, bottom - 0.05), (cx + hw, bottom + 0.12)
        )
    return union(body, tail)


def arch(cx, base_y, half_span, rise, thickness):
    """A bridge deck: the band between two concentric circle arcs, cut flat at its feet."""
    radius = (half_span**2 + rise**2) / (2 * rise)
    centre_y = base_y - rise + radius

    def d(x, y):
        r = math.hypot(x - cx, y - centre_y)
        band = abs(r - radius) - thickness / 2
        return max(band, y - base_y)

    return d


# --- the motif ------------------------------------------------------------------------------------

BACK = bubble(0.42, 0.38, 0.31, 0.22, tail_left=True)
FRONT = bubble(0.63, 0.65, 0.25, 0.15, tail_left=False)
GAP = 0.035
# A small arch bridge inside the back bubble: a deck, the arch beneath it and two piers.
BRIDGE = union(
    rounded_rect(0.40, 0.30, 0.20, 0.02, 0.01),
    arch(0.40, 0.44, 0.17, 0.12, 0.04),
    rounded_rect(0.23, 0.375, 0.022, 0.075, 0.008),
    rounded_rect(0.57, 0.375, 0.022, 0.075, 0.008),
)


def dots(cx, cy, spacing, radius):
    return union(*[lambda x, y, k=k: math.hypot(x - (cx + k * spacing), y - cy) - radius for k in (-1, 0, 1)])


def color_pixel(x, y):
    """Full-bleed NHS blue; a white bubble with a bridge in it, answered by a light-blue bubble."""
    if FRONT(x, y) < 0:
        return WHITE if dots(0.63, 0.65, 0.085, 0.03)(x, y) < 0 else NHS_LIGHT_BLUE
    if BACK(x, y) < 0 and FRONT(x, y) >= GAP:
        return NHS_BLUE if BRIDGE(x, y) < 0 else WHITE
    return NHS_BLUE


def outline_alpha(x, y):
    """White on transparency: the back bubble as an outline, the front one solid (at 32 pixels the
    bridge would only be a smudge)."""
    back = subtract(ring(BACK, 0.08), lambda x, y: FRONT(x, y) - 0.07)
    return union(back, FRONT)(x, y) < 0


# --- rendering -------------------------------------------------------------------------------------


def render(size, shade, samples=4):
    """Returns rows of RGBA tuples; `shade(x, y)` gives an RGB colour, or True/False for white/clear."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    value = shade(x, y)
                    if value is True:
                        value = WHITE + (255,)
                    elif value is False:
                        value = WHITE + (0,)
                    else:
                        value = value + (255,)
                    for i in range(4):
                        acc[i] += value[i]
            n = samples * samples
            row.append(tuple(round(c / n) for c in acc))
        rows.append(row)
    return rows


def write_png(path, rows):
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(c for pixel in row for c in pixel) for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", header))
        out.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        out.write(chunk(b"IEND", b""))


if __name__ == "__main__":
    write_png(os.path.join(MANIFEST, "color.png"), render(192, color_pixel))
    write_png(os.path.join(MANIFEST, "outline.png"), render(32, outline_alpha, samples=8))
    print("wrote manifest/color.png (192x192) and manifest/outline.png (32x32)")
