"""The popular consultation's rules: voters, serial ranges, tally checks and funding."""
