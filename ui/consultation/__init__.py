"""The consultation page's parts: candidates, tables and papers, results entry, results."""
