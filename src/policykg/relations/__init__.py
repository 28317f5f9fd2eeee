"""How documents relate: citations and legal basis (:mod:`.citations`), versions compared
(:mod:`.versions`), and the text one adopted from another (:mod:`.similarity`)."""
