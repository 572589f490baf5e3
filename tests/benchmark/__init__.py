"""Tests of bench/ (`make bench`): it runs on tiny counts, and its parts behave."""
