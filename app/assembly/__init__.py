"""Rules of the assembly that need no database: quorum, presence, and the acta's content."""
