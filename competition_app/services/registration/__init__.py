"""Registration: contestants and judges, imported and edited."""
