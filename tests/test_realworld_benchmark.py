"""The real-world gate (bench/realworld.py): every real error labelled TRUE is still reported, and the
false and unlabelled findings of each set stay within the budget recorded in bench/realworld/budgets.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from repo_paths import load_bench

realworld = load_bench("realworld")


def test_every_label_file_parses_with_known_verdicts_and_causes() -> None:
    labels = realworld.read_labels()
    assert labels, "no labels under bench/realworld/labels"
    assert {label.verdict for label in labels} <= set(realworld.VERDICTS)
    assert all(label.cause in realworld.CAUSES for label in labels if label.verdict == "FALSE")
    assert all(label.reason.strip() for label in labels), "every label says why"


def test_a_label_file_with_an_unknown_cause_is_refused_naming_the_row(tmp_path: Path) -> None:
    bad = tmp_path / "x.tsv"
    bad.write_text(
        "\t".join(realworld.LABEL_COLUMNS) + "\n" + "s\tfr\tnumber-mismatch\tL3\t1\t2\tFALSE\tbad luck\twhy\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"x\.tsv: line 2: unknown cause 'bad luck'"):
        realworld.read_label_file(bad)


def test_a_finding_is_matched_by_its_key_and_counted_by_its_label() -> None:
    key = realworld.Key("ntrex-fr", "fr", "number-mismatch", "L7", "3", "4")
    other = realworld.Key("ntrex-fr", "fr", "number-mismatch", "L8", "3", "4")
    labels = realworld.Labels([realworld.Label(key, "FALSE", "unit conversion", "same distance")])
    run = realworld.Run("ntrex-fr", "ntrex", [(key, None), (other, None)], digit_lines=10)
    score = realworld.score(run, labels)
    assert (score.false, score.unlabelled, score.true) == (1, 1, 0)
    assert score.false_causes == {"unit conversion": 1}
    assert score.flag_rate == pytest.approx(0.2)


def test_a_true_label_whose_finding_is_gone_is_named() -> None:
    key = realworld.Key("hif-pilot", "es", "missing-block", "it is anticipated that the world", "", "")
    labels = realworld.Labels([realworld.Label(key, "TRUE", "", "paragraph absent")])
    run = realworld.Run("hif-pilot", "pdf", [], translated_pages=11)
    assert [label.key for label in realworld.lost_true_labels([run], labels)] == [key]



def test_a_true_label_folded_into_another_finding_counts_while_that_finding_is_reported() -> None:
    label_key = realworld.Key("bitcoin-whitepaper", "gr", "untranslated-block", "merkle root merkle root", "", "")
    page_key = realworld.Key("bitcoin-whitepaper", "gr", "untranslated-block", "block header block header", "", "")
    reason = f"{realworld.FOLDED}block header block header — figure label left in English"
    labels = realworld.Labels([realworld.Label(label_key, "TRUE", "", reason)])
    reported = realworld.Run("bitcoin-whitepaper", "pdf", [(page_key, None)], translated_pages=9)
    gone = realworld.Run("bitcoin-whitepaper", "pdf", [], translated_pages=9)
    assert realworld.lost_true_labels([reported], labels) == []
    assert [label.key for label in realworld.lost_true_labels([gone], labels)] == [label_key]

@pytest.mark.slow
@pytest.mark.shared
def test_true_findings_stay_reported_and_false_ones_within_budget() -> None:
    labels = realworld.Labels(realworld.read_labels())
    runs = realworld.collect()
    budgets = realworld.read_budgets()
    assert {run.set for run in runs} == set(budgets), "every set has a budget, every budget a set"
    lost = realworld.lost_true_labels(runs, labels)
    assert lost == [], "real errors no longer reported:\n" + "\n".join(realworld._describe(x.key) for x in lost)
    to_label = [
        realworld._describe(key) for run in runs for key, _ in realworld.sample(run) if labels.find(key) is None
    ]
    over = {}
    for run in runs:
        s = realworld.score(run, labels)
        if s.false + s.unlabelled > budgets[run.set]:
            over[run.set] = (s.false + s.unlabelled, budgets[run.set])
    assert over == {}, f"over budget (found, budget): {over}; findings to label:\n" + "\n".join(to_label)
    if to_label:
        print("findings to label (python bench/realworld.py --dump-unlabelled FILE):\n" + "\n".join(to_label))
