"""How documents relate: citations and legal basis (:mod:`.citations`), versions compared (:mod:`.versions`)."""
