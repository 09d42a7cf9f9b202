"""The pages of the unlocked journal, one per module."""
