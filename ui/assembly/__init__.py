"""The assembly day: check-in with the live quorum, agenda and agreements, problems, acta."""
