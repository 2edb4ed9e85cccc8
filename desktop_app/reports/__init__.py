"""Printed documents (PDF) built with reportlab.

``generate(desk, kind, params, out_path, progress)`` writes one report to a file (atomically),
``render(...)`` into a stream; ``KINDS`` lists them.
Layers: ``data`` gathers the figures from core services into dataclasses, ``documents`` lays
them out, ``layout`` holds the shared page chrome, tables and charts, ``i18n`` every string.
"""

from desktop_app.core.documents import KeyCardData, TransferFormData
from desktop_app.reports.errors import ReportError
from desktop_app.reports.generate import (
    KINDS,
    Progress,
    ReportParams,
    generate,
    render,
    report_langs,
)

__all__ = [
    "KINDS",
    "KeyCardData",
    "Progress",
    "ReportError",
    "ReportParams",
    "TransferFormData",
    "generate",
    "render",
    "report_langs",
]
