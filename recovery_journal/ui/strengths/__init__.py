"""Strengths: the inventory, logging a use (also from Today), and ideas to start from."""
