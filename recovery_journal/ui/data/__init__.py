"""The File menu's data dialogs: export, import, backups, restore, delete everything."""
