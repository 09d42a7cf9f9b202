"""Everything a shared file holds beyond one chart: the report and the crisis card as PDF.

`content.py` gathers the sections the person chose as plain values; `html.py` lays them out;
`build.py` and `pdf.py` draw the pages with QTextDocument + QPdfWriter, `paginate.py` keeps
headings with what they head, and `crisis_card.py` draws the one-page card. `dates.py` is the
one friendly date style ("Tue 1 Dec 2026", through QLocale) for everything a person reads;
widgets take it from `ui/widgets/dates.py`. QtGui (with the QtCore it needs) is allowed here and
nowhere else outside ui/; no widgets, so everything here runs on a worker thread or the
command line.
"""
