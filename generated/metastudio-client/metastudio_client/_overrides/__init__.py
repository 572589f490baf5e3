"""Hand-written overrides, copied from overrides/{common,huawei,metastudio}/ by scripts/generate.py.

Importing this package applies them; each module's docstring says what it patches and why.
"""

from .metastudio import install

install()
