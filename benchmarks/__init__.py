"""Benchmarks of Recovery Journal with journals like a life: `python -m benchmarks`."""
