"""The Qt desktop application: draws the core's services, holds no business logic.

Framework for pages (see each module):
- ``context.AppContext``: the open desk (None while locked), ``tasks``, ``settings``; signals
  ``changed(Changes)``, ``locked``, ``unlocked``, ``navigate``; ``ctx.write(fn, ...)`` runs a
  service call on the single write worker and announces what its transactions touched,
  ``ctx.read(fn, ...)`` runs a read on the pool, ``ctx.go(key, **args)`` shows another page.
- ``tasks.TaskManager.run``: background work with progress and cancel, callbacks on the GUI thread.
- ``pages.base.Page``: a sidebar page (``key``, ``shows``, ``refresh()``, ``open_with()``,
  ``available(desk)``); ``page_list.PAGE_NAMES`` gives each its icon and title in sidebar order
  (the locked window's View menu lists them), ``pages.PAGES`` the page classes in that order.
- ``widgets``: ``FormErrors`` (a ValidationError shown by its field), ``DateEdit``,
  ``format_date``, ``RowTableModel`` + ``Column`` (dataclass rows), ``RowFilterProxy`` (filters
  in place, sorts in the source).
- ``labels.label(value)``: the translated name of a stored value (status, role, severity...).
"""
