"""One function per user action; plain data in and out; each action is one unit of work."""
