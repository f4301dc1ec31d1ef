"""Tests of the pure domain engine: no Qt, no database, no PDF."""
