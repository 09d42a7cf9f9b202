"""Taking everything out (JSON, CSV) and bringing history in from other apps.

No Qt here: the menu items, dialogs and the command line all call `export` and `importing`.
"""
