"""Benchmarks at city-contest scale: `python -m benchmarks` (see README, "Performance")."""
