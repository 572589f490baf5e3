"""One section of `make demo` per service, each against the in-process fake (see scripts/demo.py)."""
