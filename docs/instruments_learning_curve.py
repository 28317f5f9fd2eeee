"""Could a model learn instrument coding from the hand-coded sets? (issue 11)

    pip install scikit-learn && python docs/instruments_learning_curve.py

A logistic regression over character n-grams of the action and its sentence, with the modality and the
actor type, predicts the side of each provision; trained on a quarter, half and all of the other sets
(the developer sample and the blind sets but the one held out), scored on each blind set in turn.
Session 7: held-out side accuracy 0.617 / 0.657 / 0.681 with 251 / 502 / 1,004 training provisions,
about +0.03 for each doubling, below the rule coder's first contact (mean 0.740).
"""
import json
import random
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import hstack
from policykg.extract.instruments import side_of
from policykg.extract.actors import actor_type
from policykg.evaluate_instruments import kappa
D = str(Path(__file__).resolve().parents[1] / 'tests' / 'data') + '/'
def load(gold, inp=None):
    G = [json.loads(l) for l in open(gold)]
    if inp:
        src = {(str(g['doc']), g['article'], g['paragraph'], g['action']): g['source'] for g in map(json.loads, open(inp))}
        for g in G: g['source'] = g.get('source') or src.get((str(g['doc']), g['article'], g['paragraph'], g['action']), '')
    return G
sets = {'sample': load(D+'instruments-dev-sample.jsonl')}
for i, n in enumerate(['', '2', '3', '4', '5', '6', '7'], 1):
    sets[f'b{i}'] = load(D+f'instruments-blind{n}-gold.jsonl', D+f'instruments-blind{n}-input.jsonl')
def sd(x): return side_of(x) if x and x != 'none' else 'none'
def meta(g): return f"MOD_{g.get('modality')} AT_{actor_type(g['actor']) if g.get('actor') else 'x'}"
res = {}
for frac in (0.25, 0.5, 1.0):
    out = []
    for held in ['b1','b2','b3','b4','b5','b6','b7']:
        pool = [g for k, s in sets.items() if k != held for g in s]
        random.Random(1).shuffle(pool)
        train = pool[:int(len(pool)*frac)]
        test = sets[held]
        va = TfidfVectorizer(analyzer='char', ngram_range=(1, 3), sublinear_tf=True, min_df=2)
        vs = TfidfVectorizer(analyzer='char', ngram_range=(2, 3), sublinear_tf=True, min_df=2)
        vm = CountVectorizer(token_pattern=r'\S+', lowercase=False)
        X = hstack([va.fit_transform([g['action'] for g in train]), 0.5*vs.fit_transform([g['source'] for g in train]), vm.fit_transform([meta(g) for g in train])]).tocsr()
        Xt = hstack([va.transform([g['action'] for g in test]), 0.5*vs.transform([g['source'] for g in test]), vm.transform([meta(g) for g in test])]).tocsr()
        clf = LogisticRegression(C=3.0, max_iter=3000).fit(X, [sd(g['primary']) for g in train])
        p = clf.predict(Xt)
        out.append(sum(a == sd(g['primary']) for a, g in zip(p, test)) / len(test))
    print(frac, len(train), 'side held-out mean %.3f' % np.mean(out), ['%.2f' % o for o in out])
