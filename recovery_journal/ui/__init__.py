"""The PySide6 desktop interface; `app.run_app` starts it."""
