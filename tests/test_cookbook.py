"""The README's query cookbook returns what each recipe promises, checked against plain-Python counts
over the extraction of the default regulation (each name resolved to the organisation it denotes)."""

import re
from collections import Counter

import pytest

from conftest import ROOT, org, run_cli
from policykg.extract import extract
from policykg.readers import default_path, read
from sparql_support import csv_rows


def recipes():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    cookbook = text[text.index("## Query cookbook"):text.index("## IRIs and ontology")]
    out = []
    for block in re.findall(r"```sparql\n(.*?)```", cookbook, re.S):
        out += [q.strip() for q in re.split(r"\n\s*\n", block) if q.strip()]  # one block may hold two queries
    return out


RECIPES = recipes()


@pytest.fixture(scope="module")
def doc():
    d = read(default_path())
    extract(d)
    return d



def ask(built, query):
    r = run_cli("query", "--data", built, "--format", "csv", query)
    assert r.returncode == 0, r.stderr
    return csv_rows(r.stdout)


def recipe(word):
    found = [q for q in RECIPES if word in q]
    assert len(found) == 1, (word, found)
    return found[0]


def test_every_recipe_is_checked():
    assert len(RECIPES) == 10


def test_provisions_by_modality(built, doc):
    rows = ask(built, recipe("GROUP BY ?modality"))
    assert {r["modality"]: int(r["n"]) for r in rows} == Counter(p.modality for p in doc.layers["provisions"])


def test_everything_one_actor_must_do(built, doc):
    rows = ask(built, recipe("a pkg:Obligation"))
    mine = [p for p in doc.layers["provisions"] if p.modality == "obligation" and org(doc, p.actor) == "常州市人民政府"]
    assert len(mine) == 57  # hand count in the gold file: 市人民政府 bears 57 obligations
    assert sorted(r["action"] for r in rows) == sorted({(p.action, p.start): p.action for p in mine}.values())
    assert [int(r["s"]) for r in rows] == sorted(int(r["s"]) for r in rows)


def test_who_works_with_whom(built, doc):
    rows = ask(built, recipe("?lead ?partner"))
    pairs = Counter()
    for p in doc.layers["provisions"]:
        for q in set(org(doc, x) for x in p.partners):
            pairs[(org(doc, p.actor), q)] += 1
    assert {(r["lead"], r["partner"]): int(r["n"]) for r in rows} == dict(pairs)


def test_prohibitions(built, doc):
    rows = ask(built, recipe("a pkg:Prohibition"))
    assert len(rows) == sum(p.modality == "prohibition" for p in doc.layers["provisions"]) == 0  # none in the text


def test_provisions_per_document(built, doc):
    rows = ask(built, recipe("GRAPH ?g"))
    assert [(r["title"], int(r["provisions"])) for r in rows] == [(doc.title, len(doc.layers["provisions"]))]


def test_duties_that_mention_talent(built, doc):
    rows = ask(built, recipe('"人才"'))
    expected = {(p.article.label, org(doc, p.actor), p.action) for p in doc.layers["provisions"] if "人才" in p.action}
    assert {(r["article"], r["actor"], r["action"]) for r in rows} == expected and expected


def test_article_7_and_spans_cut_from_the_text(built, doc):
    rows = ask(built, recipe("pkg:number 7"))
    assert [r["text"] for r in rows] == [doc.article(7).text]
    rows = ask(built, recipe("SUBSTR"))
    assert len(rows) == len({(p.start, p.end) for p in doc.layers["provisions"]}) or len(rows) == \
        len(doc.layers["provisions"])
    assert all(r["action"] == r["span"] for r in rows)


def test_departments_and_their_government(built, doc):
    rows = ask(built, recipe("org:subOrganizationOf"))
    pairs = {(r["unit"], r["parent"]) for r in rows}
    assert ("常州市工业和信息化部门", "常州市人民政府") in pairs
    assert all(parent.endswith(("人民政府", "国务院")) for _, parent in pairs)


def test_programmes_by_type(built, doc):
    rows = ask(built, recipe("programme-type"))
    assert {r["type"]: int(r["n"]) for r in rows} == Counter(p.type for p in doc.layers["programmes"].values())
