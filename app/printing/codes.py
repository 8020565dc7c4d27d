"""QR codes (made and read with zxing-cpp), drawn as vectors so they stay sharp and small."""

from __future__ import annotations

from typing import Any

import zxingcpp


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules, True for dark, without the quiet zone."""
    # Level M at least: a photocopied or folded paper must still read.
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, options="ecLevel=M")
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    rows, cols = image.shape or (0, 0)
    data = image.tobytes()
    return [[data[r * cols + c] < 128 for c in range(cols)] for r in range(rows)]


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw a QR code with its lower-left corner at (x, y), `size` points wide.

    Dark modules are merged into horizontal runs and filled as one path: one fill operator
    per code keeps a page of ballots small.
    """
    matrix = qr_matrix(text)
    n = len(matrix)
    if n == 0:
        return
    module = size / n
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                top = y + size - (r + 1) * module
                path.rect(x + start * module, top, (c - start) * module, module)
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def read_codes(image: Any) -> list[str]:
    """Decode every QR/barcode in an image (numpy array or PIL image): used by tests."""
    return [b.text for b in zxingcpp.read_barcodes(image)]
