"""Data safety: the key kept apart, backups and their rotation, restore, disk trouble."""
