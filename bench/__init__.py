"""`make bench`: the generated clients and the fake cloud, measured side by side with raw httpx and the
vendors' official SDKs. See bench/README.md. Imports nothing outside the standard library, so the
worker processes can run in the official SDKs' own environment (.venv-bench)."""
