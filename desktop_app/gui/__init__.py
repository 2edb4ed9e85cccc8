"""The Qt desktop application: draws the core's services, holds no business logic.

Framework for pages (see each module):
- ``context.AppContext``: the open desk (None while locked), ``tasks``, ``settings``; signals
  ``changed(Changes)``, ``locked``, ``unlocked``, ``navigate``; ``ctx.write(fn, ...)`` runs a
  service call on the single write worker and announces what its transactions touched,
  ``ctx.read(fn, ...)`` runs a read on the pool, ``ctx.go(key, **args)`` shows another page.
- ``tasks.TaskManager.run``: background work with progress and cancel, callbacks on the GUI thread.
- ``pages.base.Page``: a sidebar page (``key``, ``icon``, ``shows``, ``title()``, ``refresh()``,
  ``open_with()``, ``available(desk)``); ``pages.PAGES`` lists them in sidebar order.
- ``widgets``: ``FormErrors`` (a ValidationError shown by its field), ``DateEdit``,
  ``format_date``, ``RowTableModel`` + ``Column`` (dataclass rows), ``RowFilterProxy`` (filters
  in place, sorts in the source).
- ``labels.label(value)``: the translated name of a stored value (status, role, severity...).
"""
