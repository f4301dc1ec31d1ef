"""Building blocks shared by every page: views, tables, messages, workers."""
