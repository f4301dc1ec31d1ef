"""Tests of the English wording of the messages the domain, services and io produce."""
