"""Printed documents (PDF) built with reportlab."""
