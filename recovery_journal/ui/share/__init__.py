"""Share a report: choosing exactly what goes into a PDF, with a preview."""
