"""Users, the audit trail and appeals."""
