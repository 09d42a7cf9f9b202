"""My plan: the wellness-plan sections, their revisions, early-warning rules, the crisis card."""
