"""Persistence: SQLAlchemy 2 models, the database (SQLite or PostgreSQL) and units of work."""
