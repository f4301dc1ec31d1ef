"""Setting up an event: the event, its trades and their rules, presets, the demo."""
