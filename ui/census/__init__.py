"""Widgets of the Censo page: residents, organization, duplicates, and their dialogs."""
