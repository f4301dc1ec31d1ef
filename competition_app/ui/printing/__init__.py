"""The printing page and the print preview."""
