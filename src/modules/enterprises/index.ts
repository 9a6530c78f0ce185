// The enterprises module's face: what other modules may use. Everything else in this folder is private.
