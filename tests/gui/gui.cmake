# GUI tests (offscreen)
