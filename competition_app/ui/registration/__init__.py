"""Registration pages: contestants and judges, imports and templates."""
