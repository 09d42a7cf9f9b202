"""Everything a shared file holds beyond one chart: the report and the crisis card as PDF.

`content.py` gathers the sections the person chose as plain values (no Qt); `html.py` lays
them out; `build.py` and `pdf.py` draw the pages with QTextDocument + QPdfWriter, and
`crisis_card.py` draws the one-page card. QtGui (with the QtCore it needs) is allowed here and
nowhere else outside ui/; no widgets, so everything here runs on a worker thread or the
command line.
"""
