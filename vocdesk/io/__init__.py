"""Input and output: Excel import and export, PDF reports, OVEC data packages."""
