"""The ``papermill.engine`` entry point target.

papermill imports this module from ``papermill.engines`` (at the end of that
module, while it is still initializing), so only names that module has already
defined may be imported from it here.
"""

from papermill.engines import NBClientEngine

from .translator import register

register()


class SpargoEngine(NBClientEngine):
    """papermill's nbclient engine, registered as ``spargo``.

    It exists so that papermill imports this package (and so registers the Go
    parameter translator) whenever it loads its engines.
    """


__all__ = ["SpargoEngine"]
