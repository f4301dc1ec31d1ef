"""The contest day: lots, check-in, blind codes."""
