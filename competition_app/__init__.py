"""Runs vocational skills competitions offline: set-up, lots, scoring, ranking, awards, printing."""

__version__ = "0.1.0"
