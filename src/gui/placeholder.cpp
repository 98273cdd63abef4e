namespace vigil { int guiPlaceholder() { return 0; } }
