"""Scoring: marks, the score grid, verified double entry, recusal."""
