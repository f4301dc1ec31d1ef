"""Contest-day pages: lots, check-in, blind codes, judge assignments."""
