"""PDF documents (ReportLab): certificates, result sheets and the forms used on competition day."""

from competition_app.reports.progress import Cancelled

__all__ = ["Cancelled"]
