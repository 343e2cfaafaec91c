"""Cue study on PolNeAR train: every gold cue grouped by a simple lemma rule, with counts, whether
analysis/data/cue_verbs.csv has it, and a proposed class (speech, writing, finding, denial, question,
belief/intention, other) with an invented example pattern.

    .venv/bin/python dev/polnear_cues.py [--train /work/polnear/data/train] [--out dev/polnear_cues.csv]

Only the train split is read (dev is kept for measurement). The output holds cue words (vocabulary) and
counts, no corpus text. Grouping rule: the cue is lower-cased; auxiliaries, modals, negation, adverbs
and determiners are dropped ("has also said" -> "said", "didn't deny" -> "deny"); the first remaining
word is lemmatised by suffix rules checked against the words of the train texts ("noted" -> "note",
"called" -> "call", irregular forms from a list); a following particle is kept for phrasal cues
("according to", "point out", "call for"); a cue opening with a preposition keeps it and its noun
("in a statement" -> "in statement"); a lone colon is ":".
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.evaluate.brat import read_corpus  # noqa: E402
from analysis.text.rule_tables import read_table  # noqa: E402

DROP = frozenset(
    """has have had having is are was were be been being will would could can should may might must shall do does
    did not n't never no don't didn't doesn't isn't wasn't aren't weren't won't wouldn't can't couldn't haven't
    hasn't hadn't 's 're 've 'd 'll also still now then again even just always only first long widely so more most
    already once later earlier soon yet too very much well all both reportedly a an the his her their its our my
    your this that these those it he she they we i you who which one some many other any each""".split()
)
ADVERBS = frozenset("often sometimes frequently usually never ever perhaps quickly openly privately publicly".split())
NOT_ADVERBS = frozenset("reply apply supply rely rally ally fly imply comply multiply".split())
PREPOSITIONS = frozenset("in on at during from by per under with through via amid".split())
PARTICLES = {
    "according": {"to"}, "refer": {"to"}, "point": {"out", "to"}, "call": {"for", "on"}, "speak": {"out", "about"},
    "weigh": {"in"}, "push": {"back"}, "lash": {"out"}, "hit": {"back"}, "fire": {"back"}, "come": {"out"},
    "talk": {"about"}, "make": {"clear"}, "go": {"on"}, "take": {"issue", "aim"}, "sign": {"on"},
    "back": {"away"}, "look": {"forward"}, "rail": {"against"}, "cite": set(), "shoot": {"back"},
}  # fmt: skip
IRREGULAR = {
    "said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think", "found": "find",
    "knew": "know", "known": "know", "saw": "see", "seen": "see", "felt": "feel", "heard": "hear", "made": "make",
    "gave": "give", "given": "give", "took": "take", "taken": "take", "spoke": "speak", "spoken": "speak",
    "meant": "mean", "understood": "understand", "held": "hold", "kept": "keep", "left": "leave",
    "brought": "bring", "taught": "teach", "sought": "seek", "chose": "choose", "chosen": "choose", "went": "go",
    "gone": "go", "became": "become", "began": "begin", "begun": "begin", "drew": "draw", "drawn": "draw",
    "withdrew": "withdraw", "forgot": "forget", "shot": "shoot", "fought": "fight", "won": "win", "lost": "lose",
    "stood": "stand", "struck": "strike", "sent": "send", "spent": "spend", "built": "build", "led": "lead",
    "got": "get", "gotten": "get", "came": "come", "ran": "run", "rose": "rise", "shook": "shake", "swore": "swear",
    "sworn": "swear", "broke": "break", "broken": "break", "paid": "pay", "laid": "lay", "sold": "sell",
    "bought": "buy", "caught": "catch", "dealt": "deal", "learnt": "learn", "foresaw": "foresee",
    "foreseen": "foresee", "hung": "hang", "stuck": "stick", "upheld": "uphold", "overheard": "overhear",
    "mistook": "mistake", "forbade": "forbid", "bet": "bet", "put": "put", "cast": "cast", "read": "read",
    "set": "set", "let": "let", "hit": "hit", "forecast": "forecast", "quit": "quit", "according": "according",
    "saying": "say", "says": "say", "shown": "show", "fed": "feed", "wept": "weep",
    "pressed": "press", "hailed": "hail", "needed": "need", "need": "need", "devoted": "devote", "chiding": "chide",
    "alluding": "allude", "acquiesced": "acquiesce", "rattled": "rattle", "presented": "present", "alleged": "allege",
    "willing": "willing", "using": "use", "going": "go", "alleging": "allege", "rattling": "rattle",
    "slept": "sleep", "sat": "sit", "thrown": "throw", "threw": "throw", "blew": "blow",
}  # fmt: skip


def tokens(s: str) -> list[str]:
    s = s.lower().replace("’", "'").replace("‘", "'")
    return re.findall(r"[a-z]+(?:n't|'[a-z]+)?|'[a-z]+|:|\?", s)


class Lemmatiser:
    """Suffix rules whose candidates are checked against a vocabulary (the words of the train texts)."""

    def __init__(self, vocabulary: set[str]) -> None:
        self.known = vocabulary

    def __call__(self, w: str) -> str:
        w = re.sub(r"'s$", "", w)
        if w in IRREGULAR:
            return IRREGULAR[w]
        cands: list[str] = []
        if w.endswith("ied") or w.endswith("ies"):
            cands = [w[:-3] + "y"]
        elif w.endswith("ing") and len(w) > 4:
            s = w[:-3]
            cands = [s + "e", s] + ([s[:-1]] if len(s) > 2 and s[-1] == s[-2] else [])
        elif w.endswith("ed") and len(w) > 3:
            s = w[:-2]
            cands = [w[:-1], s] + ([s[:-1]] if len(s) > 2 and s[-1] == s[-2] else [])
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
            cands = [w[:-1]] + ([w[:-2]] if w.endswith("es") else [])
        for c in cands:
            if c in self.known:
                return c
        return cands[-1] if cands else w  # undoubled or bare stem when no form is attested


def _adverb(t: str) -> bool:
    return t in ADVERBS or (t.endswith("ly") and len(t) > 4 and t not in NOT_ADVERBS)


def cue_key(cue: str, lemma: Lemmatiser) -> tuple[str, str]:
    """(grouping key, surface head word) of a cue text."""
    toks = tokens(cue)
    if not toks:
        return ("(punctuation)" if cue.strip() else "(empty)"), ""
    if toks == [":"] or (toks[-1] == ":" and all(t in DROP for t in toks[:-1])):
        return ":", ":"
    first = toks[0]
    while toks and (toks[0] in DROP or toks[0] == "to" or _adverb(toks[0])):  # "to say", "has also said"
        toks = toks[1:]
    words = [t for t in toks if t not in DROP and not _adverb(t) and t not in {":", "?"}]
    if not words:
        return first, first
    head = words[0]
    if head in PREPOSITIONS and len(words) > 1:
        return f"{head} {lemma(words[1])}", head
    key = lemma(head)
    if len(words) > 1 and words[1] in PARTICLES.get(key, ()):
        return f"{key} {words[1]}", f"{head} {words[1]}"
    return key, head


# Proposed classes of the cue keys that cover 90% of train attributions (reviewed by hand). speech: an
# utterance or a speech act; writing: a text, post or filing; finding: what a document, poll, study or
# court shows; denial: denying, rejecting, refusing; question: asking; belief/intention: a state of mind
# (thinks, wants, seems, is expected to); other: an action or a stance that is not a report of words
# (supports, endorses, voted), prepositions and fragments.
CLASSES = {
    "speech": """say tell add call note argue announce claim describe continue make accuse criticize respond explain
        acknowledge declare promise agree insist refer_to warn urge express mention vow defend praise recall state
        pledge propose point_out point_to speak blast denounce admit put give go_on reply share slam make_clear
        challenge confirm criticism mock repeat echo remind deliver remark comment tout assure address charge
        threaten lay complain highlight speak_about assert compare emphasize demand concede allege reiterate
        portray thank chant reference boast quote answer stress decry joke rail_against attack talk_about talk
        discuss call_for call_on cite offer raise request order advocate debate encourage lament condemn hit shout
        hint signal point voice welcome plead applaud cheer apologize speak_out fire imply caution maintain
        underscore recommend assertion outline paint allegation complaint credit invoke label advice congratulate
        yell boo contend reason attribute deride present chide suggestion brag speculate proposal double contrast
        weigh_in vouch bemoan interject argument rebuke hail rip recount fire_back liken allude inform testify
        observe announcement reaffirm dub recite response proclaim lash_out advise trade refer take_issue
        characterize accusation knock unveil counter take_aim invite clarify touch : in according_to suggest
        shoot_back clear disclose assail question_of protest detail sound use predict blame press""",
    "writing": "write tweet post issue release email publish retweet file send message title statement sue read list",
    "finding": """show find report estimate conclude indicate reveal rule determine forecast project document
        demonstrate expose reflect prove""",
    "denial": "deny reject dismiss refuse decline dispute disagree rebuff downplay brush push_back disagreement",
    "question": "ask question wonder",
    "belief/intention": """seem see know expect want think appear hope seek believe look plan consider focus view try
        worry feel fear like prefer favor remember recognize understand learn aim intend doubt need nee tend aware
        skeptical confident hopeful eager wary angry upset proud sure imagine envision assume suspect realize
        regard deem convince concern interest dislike love hate enjoy surprise shock scare alarm anger attempt
        critical in_hope lean position strategy idea sentiment unclear trouble contemplate interpret guess mind
        optimistic figure seemingly impress care hear willing mean""",
    "other": """support endorse vote oppose back take push decide (empty) go name for of cast pass identify begin draw
        include sign come hold (punctuation) allow about nominate provide turn campaign start it decision supporter
        embrace spend become require promote reportedly ignore introduce launch remain endorsement since as stand get
        to run accept there choose set open receive keep quick approve leave watch far struggle on new persuade
        count hire win rattle work avoid target last celebrate cover end represent opposition appoint lead without
        ban pay come_out throw best adopt champion side return follow less fail strong help play move experience
        devote line resist distance by shift join almost fight under block stop expand cannot hard strike presse
        renew further am from pick divide full policy deep recent feature pivot display stick mark public among grow
        break against restrict mount has bring reach seize design able obvious s rely bill split""",
}
CLASS_OF = {k.replace("_", " "): c for c, keys in CLASSES.items() for k in keys.split()}

# example patterns, invented (X: the source, Y: another party); the rest follow their class's template
PATTERNS = {
    "say": "X said (that) ...", "tell": "X told Y (that) ...", "according to": "according to X, ...",
    ":": 'X: "..."', "in": "in X's statement/speech, ...", "call": 'X called the plan "..."',
    "call for": "X called for ...", "call on": "X called on Y to ...", "ask": "X asked (Y) whether/why ...",
    "question": "X questioned whether ...", "wonder": "X wondered whether ...", "show": "a poll shows (that) ...",
    "find": "a study found (that) ...", "report": "the paper reported (that) ...",
    "estimate": "the agency estimated (that) ...", "rule": "the court ruled (that) ...",
    "support": "X supports Y / the plan", "endorse": "X endorsed Y", "back": "X is backing Y",
    "oppose": "X opposes the plan", "vote": "X voted for/against ...", "seem": "X seemed to ...",
    "appear": "X appeared to ...", "know": "X is known to/for ...", "expect": "X is expected to ...",
    "want": "X wants to ...", "hope": "X hopes to / that ...", "seek": "X is seeking to ...",
    "look": "X is looking to ...", "plan": "X plans to ...", "try": "X tried to ...", "see": "X sees Y as ...",
    "describe": "X described Y as ...", "continue": 'X continued: "..."', "make": "X made the case that ...",
    "tweet": 'X tweeted (that) / X tweeted: "..."', "accuse": "X accused Y of ...", "cite": "X cited ... as ...",
    "offer": "X offered ...", "decline": "X declined to comment", "refuse": "X refused to ...",
    "talk about": "X talked about ...", "refer to": "X referred to Y as ... / referring to Y, ...",
    "urge": "X urged Y to ...", "express": "X expressed concern that ...", "take": "X took to Twitter to ...",
    "put": "as X put it, ...", "go on": "X went on to say (that) ...", "give": "X gave a speech on ...",
    "deny": "X denied (that) ...", "reject": "X rejected the claim that ...", "dismiss": "X dismissed ... as ...",
    "promise": "X promised to / that ...", "vow": "X vowed to ...", "pledge": "X pledged to ...",
    "write": "X wrote (that) ...", "post": "X posted on Facebook (that) ...", "issue": "X issued a statement ...",
    "release": "X released a statement ...", "statement": "in a statement, X said ...",
    "make clear": "X made clear (that) ...", "point out": "X pointed out (that) ...",
    "point to": "X pointed to ... as ...", "add": "X added (that) ...", "note": "X noted (that) ...",
    "suggest": "X suggested (that) ... / a poll suggests ...", "think": "X thinks (that) ...",
    "believe": "X believes (that) ...", "feel": "X feels (that) ...", "fear": "X fears (that) ...",
    "worry": "X is worried (that) ...", "(empty)": "(an attribution with no cue)",
    "(punctuation)": "(a cue of punctuation other than a colon)",
}  # fmt: skip
OBJECT_VERBS = frozenset(
    """criticize attack praise defend blast denounce slam mock challenge thank tout charge remind address assure
    portray decry rail_against condemn applaud cheer congratulate boo deride chide rebuke hail rip liken
    characterize knock invite inform label dub credit invoke""".replace("_", " ").split()
)
TO_VERBS = frozenset("seem appear try attempt aim intend plan seek refuse decline vow pledge threaten".split())


def pattern(key: str, cls: str, form: str) -> str:
    """An invented example of the construction (X: the source)."""
    if key in PATTERNS:
        return PATTERNS[key]
    if cls in ("other", "(unreviewed)") and not form.isalpha():
        return ""
    if " " in key:  # a preposition and its noun, or a phrasal verb
        return (
            f"{key.split()[0]} X's {key.split()[1]}, ..."
            if key.split()[0] in PREPOSITIONS
            else f"X {form} {key.split()[1]} ..."
        )
    if key in OBJECT_VERBS:
        return f"X {form} Y (as / for ...)"
    if key in TO_VERBS:
        return f"X {form} to ..."
    if cls in ("speech", "writing", "finding", "denial", "belief/intention"):
        return f"X {form} (that) ..."
    if cls == "question":
        return f"X {form} whether ..."
    return f"X {form} ..."


def table_forms() -> set[str]:
    """Surface forms of analysis/data/cue_verbs.csv as it is now."""
    return {r["form"].lower() for r in read_table(ROOT / "analysis" / "data" / "cue_verbs.csv")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="/work/polnear/data/train")
    ap.add_argument("--out", default=str(ROOT / "dev" / "polnear_cues.csv"))
    ap.add_argument("--coverage", type=float, default=0.9)
    ap.add_argument("--min-count", type=int, default=5, help="past the coverage, keep keys seen this often")
    ap.add_argument("--print", type=int, default=0, help="print the N most frequent keys (no file written)")
    a = ap.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = read_corpus(a.train)
    vocab: set[str] = set()
    for d in docs:
        vocab |= set(tokens(d.text or ""))
    lemma = Lemmatiser(vocab)
    counts: Counter = Counter()
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        for att in d.attributions:
            key, head = cue_key(att.cue_text, lemma)
            counts[key] += 1
            surfaces[key][head] += 1
    total = sum(counts.values())
    if a.print:
        cum = 0
        for i, (k, n) in enumerate(counts.most_common(a.print)):
            cum += n
            print(i, k, n, round(cum / total, 3), dict(surfaces[k].most_common(4)))
        print(len(counts), total)
        return
    forms = table_forms()
    rows, cum = [], 0
    for key, n in counts.most_common():
        if cum >= a.coverage * total and n < a.min_count:
            break
        cum += n
        heads = surfaces[key]
        in_tab = sum(c for h, c in heads.items() if h in forms)
        cls = CLASS_OF.get(key, "(unreviewed)")
        top = heads.most_common(1)[0][0] if heads else key
        rows.append(
            {
                "form": key,
                "count": n,
                "share": f"{n / total:.4f}",
                "cumulative": f"{cum / total:.4f}",
                "in_table": "yes" if in_tab == n else ("partly" if in_tab else "no"),
                "proposed_class": cls,
                "example_pattern": pattern(key, cls, top),
                "surface_forms": "|".join(h for h, _ in heads.most_common(5) if h),
                "missing_forms": "|".join(h for h, _ in heads.most_common() if h and h not in forms and h.isalpha())[
                    :80
                ],
            }
        )
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(
            "# Cues of PolNeAR train attributions (dev/polnear_cues.py): one row per cue key, most frequent first,\n"
            f"# down to {a.coverage:.0%} of the {total} attributions (then every key seen at least {a.min_count} times).\n"
            "# form: the cue key (lemma of the cue word; particle or preposition kept); in_table: the surface forms\n"
            "# seen are in analysis/data/cue_verbs.csv as of this run (yes, partly, no); missing_forms: those that are\n"
            "# not; proposed_class: speech, writing, finding (of a document), denial, question, belief/intention, other;\n"
            "# example_pattern: an invented example (X: the source). Counts are of train only.\n"
        )
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} cue keys ({cum / total:.1%} of {total} train attributions) -> {a.out}")
    missing = Counter({r["form"]: r["count"] for r in rows if r["in_table"] == "no"})
    unreviewed = [r["form"] for r in rows if r["form"] not in CLASS_OF]
    print(f"{len(unreviewed)} keys not reviewed:", " ".join(unreviewed))
    print("most frequent keys not in the table:", ", ".join(f"{k} {v}" for k, v in missing.most_common(25)))


if __name__ == "__main__":
    main()
