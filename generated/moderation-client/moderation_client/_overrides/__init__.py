"""Hand-written overrides, copied from overrides/{common,huawei,moderation}/ by scripts/generate.py.

Importing this package applies them; each module's docstring says what it patches and why.
"""

from .moderation import install

install()
