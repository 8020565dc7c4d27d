"""The printer a person chose in Qt's print dialog, as plain values another process can rebuild.

A QPrinter cannot be handed to another process (it is not picklable, and it holds the system's
printer handle), so the print's own process (ui/print_process.py) gets what the dialog set, read
through QPrinter's portable API, and opens its own printer with it. On Linux the dialog keeps
its printer options (page ranges, two-sided, the printer's own choices under «Propiedades») as
CUPS options on the print engine; they travel too. Not carried: a Windows driver's private
settings (its DEVMODE), which Qt does not expose.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintEngine, QPrinter

# Where Qt's CUPS print engine keeps the dialog's options (qcups_p.h: PPK_CupsOptions).
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)


@dataclass(frozen=True)
class PrinterSettings:
    printer_name: str
    output_format: int  # QPrinter.OutputFormat
    output_file: str
    doc_name: str
    creator: str
    color_mode: int  # QPrinter.ColorMode
    copies: int
    collate: bool
    duplex: int  # QPrinter.DuplexMode
    page_order: int  # QPrinter.PageOrder
    full_page: bool
    resolution: int
    page_size_id: int  # QPageSize.PageSizeId
    page_size_pt: tuple[float, float]
    page_size_name: str
    orientation: int  # QPageLayout.Orientation
    margin_units: int  # QPageLayout.Unit
    margins: tuple[float, float, float, float]  # left, top, right, bottom, in margin_units
    paper_source: int  # QPrinter.PaperSource
    cups_options: tuple[str, ...]

    @classmethod
    def of(cls, printer: QPrinter) -> PrinterSettings:
        layout = printer.pageLayout()
        size = layout.pageSize()
        points = size.size(QPageSize.Unit.Point)
        m = layout.margins()
        options = printer.printEngine().property(CUPS_OPTIONS)
        return cls(
            printer_name=printer.printerName(),
            output_format=printer.outputFormat().value,
            output_file=printer.outputFileName(),
            doc_name=printer.docName(),
            creator=printer.creator(),
            color_mode=printer.colorMode().value,
            copies=printer.copyCount(),
            collate=printer.collateCopies(),
            duplex=printer.duplex().value,
            page_order=printer.pageOrder().value,
            full_page=printer.fullPage(),
            resolution=printer.resolution(),
            page_size_id=size.id().value,
            page_size_pt=(points.width(), points.height()),
            page_size_name=size.name(),
            orientation=layout.orientation().value,
            margin_units=layout.units().value,
            margins=(m.left(), m.top(), m.right(), m.bottom()),
            paper_source=printer.paperSource().value,
            cups_options=tuple(str(o) for o in options) if isinstance(options, list) else (),
        )

    def printer(self) -> QPrinter:
        """A printer set as the chosen one was: the printer (or the file) first, since
        choosing a printer resets the page to its default, then the page and the rest."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat(self.output_format))
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and self.printer_name:
            printer.setPrinterName(self.printer_name)
        printer.setOutputFileName(self.output_file)
        if self.page_size_id == QPageSize.PageSizeId.Custom.value:
            size = QPageSize(QSizeF(*self.page_size_pt), QPageSize.Unit.Point,
                             self.page_size_name)
        else:
            size = QPageSize(QPageSize.PageSizeId(self.page_size_id))
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation(self.orientation),
                                          QMarginsF(*self.margins),
                                          QPageLayout.Unit(self.margin_units)))
        printer.setFullPage(self.full_page)
        printer.setResolution(self.resolution)
        printer.setDocName(self.doc_name)
        printer.setCreator(self.creator)
        printer.setColorMode(QPrinter.ColorMode(self.color_mode))
        printer.setCopyCount(self.copies)
        printer.setCollateCopies(self.collate)
        printer.setDuplex(QPrinter.DuplexMode(self.duplex))
        printer.setPageOrder(QPrinter.PageOrder(self.page_order))
        printer.setPaperSource(QPrinter.PaperSource(self.paper_source))
        if self.cups_options:
            printer.printEngine().setProperty(CUPS_OPTIONS, list(self.cups_options))
        return printer
