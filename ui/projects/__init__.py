"""The project view of the Proyectos page: accounts, budget, money in and out, receipts."""
