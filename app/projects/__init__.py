"""Funded projects: budget, money received and spent with receipts (pure rules, no SQL)."""
