"""The one document model every reader produces and every layer reads.

A :class:`Document` holds the normalised text of a regulation and a tree of
:class:`Unit` objects (part, chapter, section, article, paragraph, item,
sub-item).  Every unit's ``text`` is exactly ``document.text[start:end]``, so
any later layer can point back at the source characters.
"""

from dataclasses import dataclass, field

__all__ = ["Unit", "Document", "Actor", "Programme", "Provision"]



@dataclass(eq=False)
class Unit:
    kind: str
    number: int
    start: int
    end: int
    text: str
    label: str = ""
    suffix: int = 0  # 第十条之一 -> number 10, suffix 1
    title: str = ""  # headings: 总则
    order: int = 0  # 1-based position among units of the same kind in the document
    children: list = field(default_factory=list)
    parent: "Unit | None" = field(default=None, repr=False)

    @property
    def key(self):
        """The number as used in IRIs and tables: ``10`` or ``10-1`` for 第十条之一."""
        return f"{self.number}-{self.suffix}" if self.suffix else str(self.number)

    def walk(self):
        """Yield this unit and all units below it, in document order."""
        yield self
        for c in self.children:
            yield from c.walk()

    def ancestor(self, kind):
        u = self.parent
        while u is not None and u.kind != kind:
            u = u.parent
        return u


@dataclass(eq=False)
class Document:
    id: str
    title: str
    text: str
    path: str = ""
    format: str = ""  # reference-md, lawrefbook-md, docx, text
    encoding: str = "utf-8"
    meta: dict = field(default_factory=dict)
    units: list = field(default_factory=list)  # top-level units
    # Layers added by extract/: lists of provisions, actors, programmes.
    layers: dict = field(default_factory=dict)

    def walk(self):
        for u in self.units:
            yield from u.walk()

    @property
    def articles(self):
        return [u for u in self.walk() if u.kind == "article"]

    def article(self, key):
        """The article with ``key`` (``10``, ``"10"`` or ``"10-1"``), or None."""
        key = str(key)
        return next((a for a in self.articles if a.key == key), None)


@dataclass(eq=False)
class Actor:
    """An actor entity: one canonical name, the same IRI in every document."""

    name: str
    type: str = "unspecified"  # a notation of the actor-type scheme
    level: str | None = None  # national, provincial, municipal, county, township
    parent: str | None = None  # canonical name of the organisation it is part of
    aliases: list = field(default_factory=list)


@dataclass(eq=False)
class Programme:
    """A named plan, mechanism, platform, fund, catalogue, campaign, committee or project."""

    name: str
    type: str
    leads: list = field(default_factory=list)  # actor names
    partners: list = field(default_factory=list)
    mentions: list = field(default_factory=list)  # paragraph Units


@dataclass(eq=False)
class Provision:
    """actor – modality – action, inside one paragraph, with its exact source span."""

    actor: str
    modality: str
    action: str
    paragraph: Unit
    start: int  # span of the action text in document.text
    end: int
    sentence_start: int = 0  # span of the sentence or item it was read from
    sentence_end: int = 0
    item: Unit | None = None
    actor_text: str = ""
    partners: list = field(default_factory=list)
    approver: str | None = None
    programmes: list = field(default_factory=list)
    domains: dict = field(default_factory=dict)  # concept notation -> matched keywords
    embedded_in: "Provision | None" = field(default=None, repr=False)

    @property
    def article(self):
        return self.paragraph.parent
