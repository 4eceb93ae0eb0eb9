"""Chi bộ Desktop: the Party member register, cell meetings and classification, offline."""

__version__ = "0.1.0"
