"""The score grid: entry, verified double entry, recusal, score imports."""
