"""Papermill support for the spargo Go kernel.

Installing this package makes ``papermill`` able to parameterize notebooks
whose kernel is ``spargo`` or whose language is ``go``, with no extra flag:

* papermill has no entry point group for parameter translators, but it loads
  every entry point of the ``papermill.engine`` group when ``papermill.engines``
  is imported (which ``import papermill`` and the ``papermill`` CLI always do);
* this package declares such an entry point (``spargo`` ->
  ``spargo_papermill.engine:SpargoEngine``); loading it imports this package,
  which registers :class:`GoTranslator` for the language ``go`` and the kernel
  name ``spargo``.

``SpargoEngine`` is papermill's default nbclient engine under another name, so
``--engine spargo`` behaves exactly like the default engine.
"""

# Import papermill fully before our own submodules. If this package is imported
# first, papermill's import loads our entry point (spargo_papermill.engine)
# while this module is still initializing; the entry point lives in a
# submodule so that load succeeds in either import order.
import papermill  # noqa: F401

from .translator import GoTranslator, register  # noqa: E402
from .engine import SpargoEngine  # noqa: E402

__version__ = "0.1.0"

__all__ = ["GoTranslator", "SpargoEngine", "register", "__version__"]
