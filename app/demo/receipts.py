"""Photos of receipts for the demo: small PNGs drawn here (a paper with printed lines and a
total box), so the demo carries real image files without shipping any."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def receipt_png(number: int, width: int = 180, height: int = 240) -> bytes:
    """A grey receipt on a dark table; `number` varies the printed lines so no two photos
    are the same file."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # no filter
        for x in range(width):
            on_paper = 14 <= x < width - 14 and 10 <= y < height - 10
            printed = (on_paper and y % 14 in (0, 1) and 28 <= x < 28 + (
                (number * 37 + y * 11) % (width - 70)) + 20)
            total_box = on_paper and height - 50 <= y < height - 28 and width - 80 <= x
            if printed or total_box:
                shade = 70
            elif on_paper:
                shade = 236 - (x + y + number) % 9
            else:
                shade = 60
            rows += bytes((shade, shade, shade - 8 if on_paper else shade + 10))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + _chunk(b"IEND", b""))
