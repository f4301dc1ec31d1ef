"""Pure competition logic: rules, scoring, ranking, awards, lots, codes, validation (no Qt/DB)."""
