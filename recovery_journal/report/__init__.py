"""The shared report as PDF: QTextDocument + QPdfWriter (QtGui only, no widgets).

The sections and their data are gathered without Qt in `portability/report_content.py`;
this package draws them, so both the Share a report dialog and the command line use it.
"""
