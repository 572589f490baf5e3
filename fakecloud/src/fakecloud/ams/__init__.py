"""Fake Tencent Cloud AMS (audio moderation tasks): verdicts in `rules`, tasks in `state`, actions in `routes`."""
