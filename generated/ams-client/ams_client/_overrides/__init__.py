"""Hand-written overrides, copied from overrides/{common,tencent,ams}/ by scripts/generate.py.

Importing this package applies them; each module's docstring says what it patches and why.
"""

from .ams import install

install()
