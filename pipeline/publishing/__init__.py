"""Publishing: tables, JSON, the Excel workbook and the static report, written atomically."""
