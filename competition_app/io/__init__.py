"""Reading and writing the files people already have: Excel/CSV registrations, scores, event TOML."""
