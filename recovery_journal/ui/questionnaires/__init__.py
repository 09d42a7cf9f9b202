"""Questionnaires: the dialog, the help shown after PHQ-9 item 9, and the offer on Today."""
