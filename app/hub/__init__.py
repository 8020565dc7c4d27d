"""The hub: an HTTPS service over PostgreSQL that laptops sync with when they have a signal.

Server-only packages (starlette, uvicorn) come with the extra `asamblea[hub]`; a laptop never
imports this package.
"""
