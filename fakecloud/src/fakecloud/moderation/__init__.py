"""Fake Content Moderation audio jobs: state in `state`, outcomes in `rules`, result notifications in
`callbacks`, HTTP in `routes`."""
