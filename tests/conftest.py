"""Shared test configuration.

Hypothesis explores new random examples on every local run (that is how it finds bugs), but
in CI (CI=true, as .ci/run is started) it replays the same derandomized examples, so a
submission's result does not depend on luck."""
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
