"""untranslated-block: prose left in the reference's language, never names or third-language quotations."""

from __future__ import annotations

import pytest

from factories import alignment, block, document_of, edition_of, one_to_one, pair
from heroes_i18ncheck import Severity, check_texts
from heroes_i18ncheck.align import align
from heroes_i18ncheck.model import Bead, BlockKind
from heroes_i18ncheck.rules import Comparison, Pair, untranslated
from heroes_i18ncheck.rules.untranslated import mostly_in, reads_as_citation, reads_as_code, reads_as_name

NAMES = [
    pytest.param("Universidad Complutense de Madrid (UCM)", True, id="organisation-with-a-lower-case-particle"),
    pytest.param("Centre for Women and Children Studies", True, id="short-function-words-may-be-lower-case"),
    pytest.param("The review took place in Brussels and was a success.", False, id="a-sentence"),
    pytest.param("Novel Strategies to Fight Child Sexual Exploitation and Human Trafficking Crimes and Protect their Victims",
                 False, id="too-long-and-a-lower-case-long-word"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_reads_as_name(text: str, expected: bool) -> None:
    assert reads_as_name(text) is expected


def _untranslated(reference: str, translation: str) -> list[str]:
    report = check_texts({"bg": reference, "lt": translation}, reference="bg")
    return [f.message for f in report.findings if f.rule == "untranslated-block"]


def test_a_name_copied_as_is_is_not_untranslated() -> None:
    assert _untranslated("Universidad Complutense de Madrid (UCM)", "Universidad Complutense de Madrid (UCM)") == []


def test_a_third_language_quotation_copied_as_is_is_not_untranslated() -> None:
    quote = "la protección de los menores es una prioridad para todos los socios del proyecto"
    assert _untranslated(quote, quote) == []


def test_prose_in_the_references_language_copied_is_untranslated() -> None:
    text = "Прегледът на проекта се проведе в Брюксел и беше успешен за всички партньори."
    (message,) = _untranslated(text, text)
    assert message.startswith("paragraph identical to the reference: 'Прегледът на проекта")


CITATIONS = [
    pytest.param('[3] S. Haber, W.S. Stornetta, "How to time-stamp a digital document," In Journal of Cryptology, 1991.', True, id="numbered-entry-with-quoted-title-and-year"),
    pytest.param("[6] A. Back, Hashcash - a denial of service counter-measure, http://www.hashcash.org/papers/hashcash.pdf", True, id="entry-with-a-link"),
    pytest.param("[2] See the project's second annual report for the details of the review.", False, id="a-bracket-mark-but-no-year-link-or-title"),
    pytest.param("In 1991 Haber and Stornetta proposed to time-stamp digital documents.", False, id="a-sentence-with-a-year"),
    # htm-whitepaper: the bibliography kept as is by de, ko and zh, each entry reported as untranslated.
    pytest.param("Mountcastle, Vernon B. Perceptual Neuroscience: The Cerebral Cortex (Cambridge, Mass.: Harvard University Press, 1998)", True, id="bibliography-entry-author-first-publisher-in-brackets"),
    pytest.param("Stuart, Greg, Spruston, Nelson, Häusser, Michael, Dendrites, second edition (New York: Oxford University Press, 2008)", True, id="bibliography-entry-several-authors"),
    pytest.param("Paris, France hosted the second review of the project (in May 2023)", False, id="a-place-first-and-a-date-in-brackets"),
    pytest.param("Vilnius, Lithuania: the partners met for the third time and agreed on the plan.", False, id="a-place-first-no-publication"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CITATIONS)
def test_reads_as_citation(text: str, expected: bool) -> None:
    assert reads_as_citation(text) is expected


def test_a_reference_list_entry_left_in_english_is_not_untranslated() -> None:
    entry = '[3] S. Haber, W.S. Stornetta, "How to time-stamp a digital document," In Journal of Cryptology, vol 3, no 2, pages 99-111, 1991.'
    assert _untranslated(f"Introduction in English, long enough to count.\n\n{entry}", f"Įžanga lietuviškai, pakankamai ilga.\n\n{entry}") == []


CODE = [
    pytest.param("7. if overlap(c) < minOverlap then", True, id="numbered-pseudocode-line"),
    pytest.param("11. if buPredicted == false then", True, id="numbered-line-with-a-comparison"),
    pytest.param("32. boost(c) = boostFunction(activeDutyCycle(c), minDutyCycle(c)) 33.", True, id="assignment-of-calls"),
    pytest.param("minLocalActivity = kthScore(neighbors(c), desiredLocalActivity)", True, id="identifiers-without-a-number"),
    pytest.param("2. For the first time the partners met in Brussels.", False, id="a-numbered-sentence"),
    pytest.param("Die Arrays activeState und predictiveState speichern die Zustände jeder Zelle zu jedem Zeitpunkt.", False,
                 id="prose-naming-two-identifiers"),
    pytest.param("The text, algorithms, sample code and pseudo code included herein are based upon works of Numenta.", False,
                 id="prose-about-code"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CODE)
def test_reads_as_code(text: str, expected: bool) -> None:
    assert reads_as_code(text) is expected


def test_pseudocode_every_edition_keeps_is_not_untranslated() -> None:
    code = "if predictiveState(c, i, t-1) == true then learnState(c, i, t) = 1 and activeState(c, i, t) = 1 end"
    prose_en = "The spatial pooler computes the overlap of each column with the input, then inhibits its neighbours."
    prose_lt = "Erdvinis telkėjas apskaičiuoja kiekvieno stulpelio sutapimą su įvestimi ir slopina kaimynus."
    report = check_texts({"en": f"{prose_en}\n\n{code}", "lt": f"{prose_lt}\n\n{code}"}, reference="en")
    assert [f for f in report.findings if f.rule == "untranslated-block"] == []


def _figure_comparison(
    others: dict[str, str], copies_read_as_english: bool = True, labels_per_page: int = 1
) -> Comparison:
    """A reference whose figure labels ``nl`` copies as they are, and the ``others`` editions' labels; a copy's
    block reads as English, or else takes its edition's language (as labels too short to detect do)."""
    labels = "Owner Public Key Private Key Signature Verify Transaction"
    count = labels_per_page
    ref_blocks = (block(labels, "en", index=k, kind=BlockKind.FIGURE_TEXT) for k in range(count))
    reference = edition_of(document_of("en.pdf", "en", ref_blocks), with_entities=False)
    pairs = []
    for language, text in {"nl": labels, **others}.items():
        block_language = "en" if text == labels and copies_read_as_english else language
        blocks = (block(text, block_language, index=k, kind=BlockKind.FIGURE_TEXT) for k in range(count))
        translation = edition_of(document_of(f"{language}.pdf", language, blocks), with_entities=False)
        pairs.append(pair(reference, translation, one_to_one(count, 0.9, score=0.9), 0.9))
    return Comparison(reference, tuple(pairs))


def test_figure_labels_every_edition_keeps_in_the_original_are_not_untranslated() -> None:
    # ontology-techwp nl: figures pasted from the English original (ko has them as images) were 17 findings.
    from heroes_i18ncheck.rules.untranslated import RULE

    assert list(RULE.run(_figure_comparison({}))) == []


def test_figure_labels_another_edition_translated_are_untranslated_where_copied() -> None:
    # bitcoin-whitepaper gr: the es, lt and ru editions translate the figure labels; gr kept them in English.
    from heroes_i18ncheck.rules.untranslated import RULE

    others = {"de": "Eigentümer Öffentlicher Schlüssel Privater Schlüssel Signatur Prüfen Transaktion"}
    found = list(RULE.run(_figure_comparison(others)))
    assert [f.translation.path for f in found] == ["nl.pdf"]


def test_a_copy_of_labels_taking_its_editions_language_is_no_translation() -> None:
    # ontology-techwp nl: labels too short for langdetect take the edition's language ("nl"); a copy of them counted
    # as a translation somewhere, and so every other nl label of the figure was reported.
    from heroes_i18ncheck.rules.untranslated import RULE

    assert list(RULE.run(_figure_comparison({}, copies_read_as_english=False))) == []
    two_copies = _figure_comparison(
        {"lt": "Owner Public Key Private Key Signature Verify Transaction"}, copies_read_as_english=False
    )
    assert list(RULE.run(two_copies)) == []


def test_figure_text_left_untranslated_is_one_warning_a_page_naming_who_translates_it() -> None:
    # bitcoin-whitepaper gr: 15 label blocks on 8 pages were 15 errors; the figure is one decision per page.
    from heroes_i18ncheck.model import Severity
    from heroes_i18ncheck.rules.untranslated import RULE

    others = {"de": "Eigentümer Öffentlicher Schlüssel Privater Schlüssel Signatur Prüfen Transaktion", "ko": "소유자 공개 키 개인 키 서명 확인 거래"}
    (found,) = RULE.run(_figure_comparison(others, labels_per_page=3))
    assert found.translation is not None and found.translation.path == "nl.pdf"
    assert found.severity is Severity.WARNING
    assert "(translated in de, ko)" in found.message


LICENCE = (
    "Based on the foregoing, Numenta grants you a license to use these works for non-commercial research purposes only,"
    " and you agree to report any improvement of the algorithms to Numenta under the same terms."
)
EDITIONS = {
    "en": ["The partners met in Lisbon to plan the second year of the project.", LICENCE,
           "The next meeting will take place in Vilnius in the spring."],
    "bg": ["Партньорите се срещнаха в Лисабон, за да планират втората година на проекта.", LICENCE,
           "Следващата среща ще се проведе във Вилнюс през пролетта."],
    "lt": ["Partneriai susitiko Lisabonoje suplanuoti antrųjų projekto metų.", LICENCE,
           "Kitas susitikimas vyks Vilniuje pavasarį."],
    "el": ["Οι εταίροι συναντήθηκαν στη Λισαβόνα για να σχεδιάσουν το δεύτερο έτος του έργου.",
           "Με βάση τα παραπάνω, η Numenta σας παραχωρεί άδεια χρήσης αυτών των έργων μόνο για μη εμπορική έρευνα,"
           " και συμφωνείτε να αναφέρετε κάθε βελτίωση των αλγορίθμων στη Numenta με τους ίδιους όρους.",
           "Η επόμενη συνάντηση θα πραγματοποιηθεί στο Βίλνιους την άνοιξη."],
}  # fmt: skip


LICENCE_TRANSLATED = {
    "bg": "Въз основа на горното Numenta ви предоставя лиценз да използвате тези трудове само за нетърговски"
          " изследвания и се съгласявате да съобщавате на Numenta всяко подобрение на алгоритмите при същите условия.",
    "lt": "Remdamasi tuo, kas išdėstyta, Numenta suteikia jums licenciją naudoti šiuos darbus tik nekomerciniams"
          " tyrimams, o jūs sutinkate pranešti Numenta apie kiekvieną algoritmų patobulinimą tomis pačiomis sąlygomis.",
    "el": EDITIONS["el"][1],
}  # fmt: skip


def _licence_findings(*keeping: str) -> dict[str, tuple[str, str]]:
    """untranslated-block findings by edition when the editions in ``keeping`` keep the licence in English."""
    texts = {"en": "\n\n".join(EDITIONS["en"])}
    for language, (first, _, last) in ((k, v) for k, v in EDITIONS.items() if k != "en"):
        licence = LICENCE if language in keeping else LICENCE_TRANSLATED[language]
        texts[language] = "\n\n".join([first, licence, last])
    report = check_texts(texts, reference="en")
    return {
        f.translation.language: (f.severity.name, f.message)
        for f in report.findings
        if f.rule == "untranslated-block" and f.translation is not None
    }


def test_a_block_most_translations_keep_as_is_is_information_naming_them() -> None:
    # htm-whitepaper: de, ko, pt and zh keep Numenta's licence in English; ru translates it.
    found = _licence_findings("bg", "lt")
    assert sorted(found) == ["bg", "lt"]
    assert found["bg"][0] == "INFO" and found["lt"][0] == "INFO"
    assert found["bg"][1].endswith("(kept as is in lt too; translated in el)")


def test_a_block_one_translation_keeps_where_the_others_translate_it_is_an_error() -> None:
    found = _licence_findings("bg")
    assert list(found) == ["bg"]
    assert found["bg"][0] == "ERROR"
    assert "kept as is" not in found["bg"][1]


def test_a_block_the_reference_lacks_that_most_translations_add_as_is_is_information() -> None:
    # htm-whitepaper: the Numenta translation licence, which the English original has not, kept in English in four
    # translations.
    texts = {"en": "\n\n".join([EDITIONS["en"][0], EDITIONS["en"][2]])}
    for language in ("bg", "lt", "el"):
        first, _, last = EDITIONS[language]
        texts[language] = "\n\n".join([first, LICENCE if language != "el" else LICENCE_TRANSLATED["el"], last])
    report = check_texts(texts, reference="en")
    found = {f.translation.language: f for f in report.findings if f.rule == "untranslated-block" and f.translation}
    assert sorted(found) == ["bg", "lt"]
    assert all(f.severity == Severity.INFO for f in found.values())
    assert found["lt"].message.endswith("(kept as is in bg too)")


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # ontology-techwp ko: Korean with the English terms in brackets, which langdetect read as English
        ("분산 신뢰 프레임워크(distributed trust framework)는 온톨로지의 핵심 로직 레이어(core logic layer)이다.", False),
        # htm-whitepaper zh (a garbled text layer): Chinese with code identifiers kept
        ("当树突匙域 s 在 t 旪刻因给定癿 state 而活跃癿连通突觉数量大二 activationThreshold 旪", False),
        # ontology-techwp ko, a true finding: only the term is translated, its description left in English
        ("에이전트 컨트롤러(Agent controller): Providing an external dApp definition of agent rules", True),
        ("Use of Numenta's software and intellectual property is free for research.", True),
    ],
)
def test_a_block_mostly_in_another_script_is_not_in_the_references_language(text: str, latin: bool) -> None:
    assert mostly_in(text, "en") is latin


def test_korean_with_english_terms_in_brackets_is_not_untranslated() -> None:
    reference = "The distributed trust framework is the core logic layer of Ontology and connects all its modules."
    translation = "분산 신뢰 프레임워크(distributed trust framework)는 온톨로지의 핵심 로직 레이어(core logic layer)이다."
    report = check_texts({"en": reference, "ko": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "untranslated-block"] == []


def test_a_translation_that_says_it_is_a_machine_translation_is_noted_once() -> None:
    # filipneri-brochure: "Machine Translated by Google" stands on every page of six editions (kept once by extraction).
    texts = {"en": "\n\n".join(EDITIONS["en"])}
    for language in ("bg", "lt"):
        first, _, last = EDITIONS[language]
        texts[language] = "\n\n".join([first, LICENCE_TRANSLATED[language], last])
    texts["bg"] = "Machine Translated by Google\n\n" + texts["bg"]
    report = check_texts(texts, reference="en")
    notes = [f for f in report.findings if f.message.startswith("this edition says it is a machine translation")]
    assert [(f.rule, f.severity, f.translation.language if f.translation else "") for f in notes] == [
        ("untranslated-block", Severity.INFO, "bg")
    ]
    assert notes[0].message == "this edition says it is a machine translation: 'Machine Translated by Google' (page 1)"
    assert [f.rule for f in report.findings if f.severity > Severity.INFO] == []
    assert not any("Machine Translated" in f.message for f in report.findings if f not in notes)  # said once


def _table(language: str, *rows: str):
    return edition_of(document_of(f"{language}.pdf", language, (block(r, language, index=i, kind=BlockKind.TABLE_ROW) for i, r in enumerate(rows))))


def _rows_left(reference, translation) -> list[str]:
    return [f.message for f in untranslated.RULE.run(Comparison(reference, (pair(reference, translation),)))]


def test_a_cell_of_prose_left_in_the_reference_language_in_a_translated_row_is_reported() -> None:
    # htm-whitepaper zh: the revision table's headers and dates translated, its change notes left in English.
    en = _table("en", "0.1 | Nov 9, 2010 | Preface, Chapters 1 to 4 and the Glossary: first release of the whole paper | Jeff Hawkins")
    bg = _table("bg", "0.1 | 9 ноември 2010 | Preface, Chapters 1 to 4 and the Glossary: first release of the whole paper | Джеф Хокинс")
    (message,) = _rows_left(en, bg)
    assert message.startswith("table-row has a cell in en, not bg ('Preface, Chapters 1 to 4")


def test_cells_translated_or_holding_names_terms_and_dates_are_not_untranslated() -> None:
    en = _table("en", "Hierarchical Temporal Memory | a technology that replicates some of the structural functions of the neocortex")
    bg = _table("bg", "Hierarchical Temporal Memory | технология, която възпроизвежда някои от структурните функции на неокортекса")
    assert _rows_left(en, bg) == []
    dates = _table("bg", "0.1 | Nov 9, 2010 | Jeff Hawkins, Subutai Ahmad, Donna Dubinsky")
    assert _rows_left(_table("en", "0.1 | Nov 9, 2010 | Jeff Hawkins, Subutai Ahmad, Donna Dubinsky"), dates) == []


def test_a_translated_cell_around_a_name_kept_in_the_references_language_is_translated() -> None:
    # hif-pilot es: the advisory board's row keeps the institute's English name inside the Spanish cell.
    en = _table("en", "Sir Gustav Nossal | Former Director, Hall Institute of Medical Research, University of Melbourne")
    es = _table("es", "Sir Gustav Nossal | Ex director del Hall Institute of Medical Research de la Universidad de Melbourne")
    assert _rows_left(en, es) == []
    left = _table("es", "Sir Gustav Nossal | He was the director of the Hall Institute of Medical Research for many years")
    assert len(_rows_left(en, left)) == 1


def test_a_cell_holding_a_translated_term_with_the_original_in_brackets_is_translated() -> None:
    # htm-whitepaper ko glossary: '희소분포표상(Sparse Distributed Representation)' read as English.
    en = _table("en", "Sparse Distributed Representation | a representation of many bits of which a small share is active")
    ko = _table("ko", "희소분포표상(Sparse Distributed Representation) | 많은 비트로 구성되어 있으며 그 중 작은 비율만 활성화된 표상")
    assert _rows_left(en, ko) == []
    left = _table("ko", "Sparse Distributed Representation and its many bits | 많은 비트로 구성되어 있으며 그 중 작은 비율만 활성화된 표상")
    assert len(_rows_left(en, left)) == 1


def test_an_edition_compared_as_a_whole_names_no_reference_block_for_a_block_left_untranslated() -> None:
    # htm-whitepaper zh (compared as a whole): every untranslated block named the reference's title page as its
    # counterpart ('HIERARCHICAL TEMPORAL MEMORY'), which it is not.
    en = _table("en", "Hierarchical Temporal Memory", "0.1 | Nov 9, 2010 | Preface, Chapters 1 to 4 and the Glossary: first release of the paper")
    zh = _table("zh", "分层时间记忆", "0.1 | Nov 9, 2010 | Preface, Chapters 1 to 4 and the Glossary: first release of the paper")
    whole = Pair(alignment(en.document, zh.document, (Bead((0, 1), (0, 1), 0.5, 0.5),)), en, zh, whole=True)
    (found,) = untranslated.RULE.run(Comparison(en, (whole,)))
    assert found.translation is not None and found.translation.block == 1
    assert found.reference is not None and found.reference.block is None and found.reference.text == ""


def _one_block(language: str, text: str, kind: BlockKind):
    return edition_of(document_of(f"{language}.pdf", language, (block(text, "en", kind=kind),)))


@pytest.mark.parametrize(("kind", "reported"), [(BlockKind.CODE, False), (BlockKind.PARAGRAPH, True)])
def test_a_block_set_in_a_monospaced_font_is_never_untranslated(kind: BlockKind, reported: bool) -> None:
    # A listing's comments read as English prose; set in Courier (a code block), every edition keeps them as written.
    listing = "# Restart the server after you install the package, so that the new settings take effect for all users"
    en, bg = _one_block("en", listing, kind), _one_block("bg", listing, kind)
    assert bool(_rows_left(en, bg)) is reported


def _untranslated_notes(reference_rows: list, translation_rows: list) -> list[str]:
    """untranslated-block's messages on two editions of (text, kind, the text's own language) rows, aligned."""

    def edition(language: str, rows: list):
        blocks = (block(t, own, index=i, kind=k) for i, (t, k, own) in enumerate(rows))
        return edition_of(document_of(f"{language}.pdf", language, blocks, pages=1))

    reference, translation = edition("en", reference_rows), edition("lt", translation_rows)
    comparison = Comparison(reference, (Pair(align(reference.document, translation.document), reference, translation),))
    return [f.message for f in untranslated.RULE.run(comparison)]


def test_a_translators_note_in_the_references_language_is_not_untranslated() -> None:
    # htm-whitepaper ja: its translator's footnotes give the English of the terms they translate
    # ("28 a slower, steady rate of …"); the reference has no note there, the note is the translator's own.
    en = [
        ("Cells learn at a slower, steady rate of change over the whole of the training.", BlockKind.PARAGRAPH, "en"),
        ("The region then predicts which cells will become active in the next time step.", BlockKind.PARAGRAPH, "en"),
    ]
    lt = [
        ("Ląstelės mokosi lėčiau, pastoviu pokyčių tempu per visą mokymą.", BlockKind.PARAGRAPH, "lt"),
        ("28 In the original: a slower, steady rate of change over the whole of the training.", BlockKind.NOTE, "en"),
        ("Tada sritis numato, kurios ląstelės taps aktyvios kitame laiko žingsnyje.", BlockKind.PARAGRAPH, "lt"),
    ]
    assert _untranslated_notes(en, lt) == []
    as_paragraph = [(text, BlockKind.PARAGRAPH, own) for text, _, own in lt]
    assert len(_untranslated_notes(en, as_paragraph)) == 1
