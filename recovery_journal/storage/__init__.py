"""Everything that touches SQLCipher: the vault and one repository per kind of record.

Nothing here imports Qt.
"""
