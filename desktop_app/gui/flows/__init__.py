"""Plain-Python flows that Qt dialogs draw; they import no Qt and are tested without it."""
