"""Printing: certificates, result sheets and forms, and what may be printed."""
