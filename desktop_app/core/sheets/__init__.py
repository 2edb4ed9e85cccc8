"""Spreadsheets in and out: reading a plan (XLSX, ODS, CSV), writing any list (XLSX, CSV).

The libraries do the file formats (python-calamine reads, XlsxWriter writes, the csv module for
CSV); these modules only turn rows into the domain's values and back.
"""
