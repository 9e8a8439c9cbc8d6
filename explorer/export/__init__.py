"""Writers that need no widget (PPTX, CSV/XLSX, receipts). No Qt."""
