"""Contract tests: schemathesis against the fake (default) or a live endpoint (see target.py)."""
