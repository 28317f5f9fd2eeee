"""How regulations relate: citations and legal basis, versions, and the text one adopted from another."""
