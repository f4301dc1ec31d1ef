"""Backups, restores and event archives."""
