"""Placeholder; the command line is built in cli.py proper."""


def main() -> int:
    return 0
