"""InfoSec Desk: offline desktop application for the national cybersecurity strategy
and CII inspections."""

__version__ = "0.1.0"
