"""Alignment on the Bitcoin whitepaper's community translations: real PDFs from other tool chains."""

from __future__ import annotations

import pytest
import regex

from factories import extracted
from heroes_i18ncheck.align import align
from heroes_i18ncheck.align.prepare import copied
from heroes_i18ncheck.model import BlockKind, Document
from repo_paths import REAL_PDFS

pytestmark = pytest.mark.shared

PAPER = REAL_PDFS / "bitcoin-whitepaper"


def edition(name: str) -> Document:
    return extracted(PAPER / name)


def _partner(reference_start: str, translation: str) -> str:
    en = edition("en.pdf")
    alignment = align(en, edition(translation))
    ref = next(b.index for b in en.blocks if b.text.startswith(reference_start))
    bead = next(b for b in alignment.beads if ref in b.reference)
    return " ".join(alignment.translation.blocks[i].text for i in bead.translation)


def test_figures_left_in_english_do_not_teach_the_length_model_a_ratio_of_one() -> None:
    # The Greek edition keeps its figures' labels in English; its prose runs about 1.3x the English.
    assert _partner("We define an electronic coin", "gr.pdf").startswith("Ορίζουμε ένα ηλεκτρονικό νόμισμα")
    assert _partner("The incentive may help encourage", "gr.pdf").startswith("Το κίνητρο μπορεί να ενθαρρύνει")
    assert _partner("We have proposed a system", "gr.pdf").startswith("Έχουμε προτείνει ένα σύστημα")


def test_copied_is_the_same_text_case_and_spacing_aside() -> None:
    assert copied("Prev Hash Nonce Prev Hash Nonce", "prev hash nonce prev hash nonce")
    assert not copied("Block Block", "Blokas Blokas")
    assert not copied("3. Timestamp Server", "3. Timestamp Server (Δημιουργία εξυπηρετητή χρονοσήμανσης)")


def test_a_lone_paragraph_between_two_pairs_is_paired_though_it_shares_no_word() -> None:
    # Russian inflects the cognates ("блоков"), so the words signal finds nothing; its neighbours pin it.
    assert _partner("New transaction broadcasts", "ru.pdf").startswith("Новые транзакции не обязательно")


def test_a_box_read_in_another_order_pairs_with_its_counterpart_not_with_the_box_in_its_place() -> None:
    # commonshub-brochure: the German edition's boxes stand in another order; the one-to-one pairing by place paired
    # "100 m² of maker space…" with "für 30 Personen…" (nothing shared) and left "100 m² Arbeitsfläche…" over:
    # a changed number, a lost acronym and an added paragraph, all false.
    folder = REAL_PDFS / "commonshub-brochure"
    en, de = extracted(folder / "en.pdf"), extracted(folder / "de.pdf")
    alignment = align(en, de)
    maker = next(b.index for b in en.blocks if b.text.startswith("100 m² of maker space"))
    bead = next(b for b in alignment.beads if maker in b.reference)
    assert [de.blocks[i].text[:25] for i in bead.translation] == ["100 m² Arbeitsfläche mit "]
    assert bead.moved


def test_a_glossary_sorted_by_the_german_terms_pairs_row_with_row() -> None:
    # htm-whitepaper: the German glossary is sorted by its own terms. Paired by place, "Cells" went with "Aktiver
    # Zustand" and "Coincident Activity", "Column" and "Desired Density" were left over, found nowhere.
    folder = REAL_PDFS / "htm-whitepaper"
    en, de = extracted(folder / "en.pdf"), extracted(folder / "de.pdf")
    alignment = align(en, de)

    def partner(start: str) -> str:
        row = next(b.index for b in en.blocks if b.text.startswith(start) and b.kind == BlockKind.TABLE_ROW)
        bead = next(b for b in alignment.beads if row in b.reference)
        return " ".join(de.blocks[i].text.split(" | ")[0] for i in bead.translation)

    assert partner("Coincident Activity |") == "koinzidente Aktivität"
    assert partner("Column |") == "Kolumne"
    assert partner("Desired Density |") == "gewünschte Dichte"
    assert partner("Inhibition Radius |") == "Hemmungsradius"
    assert partner("Temporal Pooling |") == "Temporale Musterzusammenfassung"


@pytest.mark.parametrize(("folder", "translation"), [("ontology-techwp", "nl.pdf"), ("htm-whitepaper", "ru.pdf")])
def test_every_caption_pairs_with_the_caption_of_the_same_number(folder: str, translation: str) -> None:
    # ontology-techwp: 23 figure captions each, nl's partly left in English; htm-whitepaper ru: "Рисунок 2.3" (one
    # of its captions, set beside its figure, is read as a paragraph: it pairs by its number all the same; another
    # pairs in a bead of two with the paragraph above it).
    en, tr = extracted(REAL_PDFS / folder / "en.pdf"), extracted(REAL_PDFS / folder / translation)
    captions = [b.index for b in en.blocks if b.kind == BlockKind.CAPTION]
    assert len(captions) >= 6
    partners = {r: bead.translation for bead in align(en, tr).beads for r in bead.reference}
    for index in captions:
        number = regex.search(r"\d+(?:\.\d+)*", en.blocks[index].text)
        paired = [tr.blocks[j].text[:40] for j in partners[index]]
        assert number and any(regex.search(rf"(?<![\d.]){regex.escape(number.group())}(?![\d])", p) for p in paired), paired


def test_a_heading_the_other_edition_runs_into_its_paragraph_is_paired_with_it() -> None:
    # ontology-introwp: nl sets its item heads on lines of their own, es runs them into the paragraphs.
    folder = REAL_PDFS / "ontology-introwp"
    es, nl = extracted(folder / "es.pdf"), extracted(folder / "nl.pdf")
    alignment = align(es, nl)
    for head, opening in (("Identificeren van valse informatie.", "Identificando"), ("Gebrekkige reputatiesystemen.", "Sistemas de")):
        index = next(b.index for b in nl.blocks if b.text == head)
        bead = next(b for b in alignment.beads if index in b.translation)
        assert [es.blocks[i].text.split()[0] for i in bead.reference] == [opening.split()[0]]
        assert len(bead.translation) == 2


@pytest.mark.parametrize(
    ("folder", "question", "partner"),
    [
        ("sharepair-device", "What do we do with your data?", "Qu’est-ce qui se passe avec le"),
        ("sharepair-repairer", "What can you expect?", "Quelles sont les implications "),
    ],
)
def test_a_list_item_pairs_with_a_list_item_rather_than_with_a_question_beside_the_list(
    folder: str, question: str, partner: str
) -> None:
    # sharepair-device: fr's items 9 and 10 were one bead with en's item 9, en's item 10 went with fr's question
    # "Qu'est-ce qui se passe avec les données…" and en's "What do we do with your data?" was left "missing";
    # sharepair-repairer: fr's question before the list was merged into the bead of the first item.
    from heroes_i18ncheck.editions import extract_edition

    en = extract_edition(str(REAL_PDFS / folder / "en.pdf"))
    fr = extract_edition(str(REAL_PDFS / folder / "fr.pdf"))
    index = next(b.index for b in en.blocks if b.text.startswith(question))
    bead = next(b for b in align(en, fr).beads if index in b.reference)
    assert [fr.blocks[j].text[:30] for j in bead.translation] == [partner]
