"""Pure computations over the person's records for the charts: series, calendar, tags, balance.

No Qt and no matplotlib here; `loading` is the one module that reads the repositories.
"""
