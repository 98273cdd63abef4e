# Channel payload rendering and signing.
