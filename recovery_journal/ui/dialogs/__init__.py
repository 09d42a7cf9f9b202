"""The File menu's data dialogs: export, import, back up, restore, delete everything."""
