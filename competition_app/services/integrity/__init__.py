"""Integrity: users and roles, the audit trail, appeals, change stamps."""
