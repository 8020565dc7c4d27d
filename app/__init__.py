"""Asamblea: everything but the widgets (no QtWidgets/QtGui imports below this package)."""

__version__ = "0.1.0"
