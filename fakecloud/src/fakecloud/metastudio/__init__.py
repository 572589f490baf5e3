"""Fake MetaStudio short jobs: state in `state`, audio assessment in `assess`, HTTP in `routes`."""
