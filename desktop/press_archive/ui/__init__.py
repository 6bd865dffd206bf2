"""The desktop window: the only package that imports Qt widgets; it calls `Archive` off the GUI thread."""
