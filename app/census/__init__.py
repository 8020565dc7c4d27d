"""The census beyond single records: search index, import/export, duplicates, merge."""
