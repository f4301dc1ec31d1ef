"""Results and team standings, and the working behind a result."""
