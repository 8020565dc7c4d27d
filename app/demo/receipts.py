"""Photos of receipts for the demo: small PNGs drawn here (a paper with printed lines and a
total box), so the demo carries real image files without shipping any."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def _pixel(shade: int, on_paper: bool) -> bytes:
    return bytes((shade, shade, shade - 8 if on_paper else shade + 10))


def receipt_png(number: int, width: int = 180, height: int = 240) -> bytes:
    """A grey receipt on a dark table; `number` varies the printed lines so no two photos
    are the same file. Drawn a row at a time from slices (pixel by pixel in Python took
    half the demo's funded project)."""
    table, ink = _pixel(60, False), _pixel(70, True)
    # The paper's grain repeats every 9 pixels along a row; a row starts it at (x + y + n).
    grain = b"".join(_pixel(236 - i % 9, True) for i in range(9))
    left, right = 14, width - 14
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # no filter
        if not 10 <= y < height - 10:
            rows += table * width
            continue
        start = (left + y + number) % 9
        repeats = (right - left) // 9 + 2
        paper = bytearray((grain * repeats)[start * 3:(start + right - left) * 3])
        if y % 14 in (0, 1):
            end = min(28 + (number * 37 + y * 11) % (width - 70) + 20, right)
            if end > 28:
                paper[(28 - left) * 3:(end - left) * 3] = ink * (end - 28)
        if height - 50 <= y < height - 28:
            paper[(width - 80 - left) * 3:] = ink * (right - (width - 80))
        rows += table * left + paper + table * (width - right)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + _chunk(b"IEND", b""))
