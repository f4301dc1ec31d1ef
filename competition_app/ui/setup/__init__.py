"""Setting up: the new-event wizard, the event page, trades and their rules."""
