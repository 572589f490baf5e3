"""Fake MetaStudio: short jobs (state in `state`, audio assessment in `assess`) and voice-training tasks
(state in `training_state`, review rules in `training_review`); HTTP in `routes` and `training_routes`,
the upload URLs' OBS behaviour in `obs`."""
