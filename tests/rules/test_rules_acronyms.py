"""acronym-mismatch learns a translation's local acronyms from the definitions both editions give."""

from __future__ import annotations

from heroes_i18ncheck import check_texts

REFERENCE = "Human trafficking (THB) is a grave crime in Europe.\n\nTHB keeps growing worldwide, says ICMPD.\n\nThe THB guide is out."


def _acronym_findings(translation: str) -> list[str]:
    report = check_texts({"en": REFERENCE, "lt": translation}, reference="en")
    return [f.message for f in report.findings if f.rule == "acronym-mismatch"]


def test_the_local_form_defined_beside_the_references_stands_for_it() -> None:
    translation = (
        "Prekyba žmonėmis (PŽ) yra sunkus nusikaltimas Europoje.\n\n"
        "PŽ vis auga visame pasaulyje, teigia ICMPD.\n\nTHB vadovas jau išleistas."
    )
    assert _acronym_findings(translation) == []


def test_without_the_local_form_the_missing_acronym_is_reported() -> None:
    translation = (
        "Prekyba žmonėmis (PŽ) yra sunkus nusikaltimas Europoje.\n\n"
        "Nusikaltimų vis daugėja visame pasaulyje, teigia ICMPD.\n\nTHB vadovas jau išleistas."
    )
    assert _acronym_findings(translation) == ["acronym 'THB' of the reference is missing here"]


ZONE_REFERENCE = "BST is summer time.\n\nThe incident unfolded on Thursday at about 19:30 BST in the crescent."


def test_a_time_zone_the_translation_leaves_to_the_readers_clock_is_no_difference() -> None:
    # NTREX: "19:30 BST" → "hacia las 19:30" in the Spanish, the same time.
    translation = "BST es el horario de verano.\n\nEl incidente se produjo el jueves hacia las 19:30 en la calle."
    report = check_texts({"en": ZONE_REFERENCE, "es": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == []


def test_the_same_acronym_dropped_outside_a_time_is_still_reported() -> None:
    translation = "El horario de verano.\n\nEl incidente se produjo el jueves hacia las 19:30 BST en la calle."
    report = check_texts({"en": ZONE_REFERENCE, "es": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == ["acronym 'BST' of the reference is missing here"]


def test_a_country_written_as_its_iso_code_in_one_edition_only_is_no_difference() -> None:
    # NTREX: "the United States" → "USA" in Polish, Czech and Hungarian; "Team USA" → "amerikai csapat".
    reference = "USA Today reports.\n\nThe president of the United States spoke."
    translation = "USA Today informuje.\n\nPrezydent USA przemawiał."
    report = check_texts({"en": reference, "pl": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == []


def test_an_acronym_written_with_a_plural_or_a_particle_is_not_missing() -> None:
    # ontology-techwp: "RESTful APIs" ↔ nl "RESTful API's"; "the OCE" ↔ ko "OCE의" (a particle glued on, no space).
    cases = (
        ("The APIs are open to all.\n\nThe API is fast.", "nl", "De API's zijn open voor iedereen.\n\nDe API is snel."),
        ("The OCE is open to all.\n\nThe OCE (engine) is fast.", "ko", "OCE의 설명은 모두에게 공개됩니다.\n\nOCE (엔진) 는 빠릅니다."),
    )
    for reference, language, translation in cases:
        report = check_texts({"en": reference, language: translation}, reference="en")
        assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == [], language


def test_an_acronym_glued_into_a_word_far_from_the_block_does_not_hide_a_dropped_one() -> None:
    reference = "The OCE is open today.\n\nThe weather was fine.\n\nThe cats were asleep.\n\nThe OCE (engine) runs the ledger."
    translation = "Het grootboek is vandaag open.\n\nHet weer was mooi.\n\nDe katten sliepen.\n\nDe OCE's (motor) beheren het grootboek."
    report = check_texts({"en": reference, "nl": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == ["acronym 'OCE' of the reference is missing here"]


def test_a_word_set_in_capitals_that_its_edition_also_writes_capitalised_is_no_acronym() -> None:
    # ontology-introwp: the Spanish edition says "la red ONTOLOGY" in its diagrams, "la red Ontology" in its prose.
    reference = (
        "Welcome to the Ontology network, 12 partners strong.\n\nThe weather was fine on 3 May.\n\n"
        "The cats slept for 9 hours.\n\nJoin ONTOLOGY in 2018 with 40 nodes."
    )
    translation = (
        "Bienvenidos a la red ONTOLOGY, con 12 socios.\n\nEl tiempo era bueno el 3 de mayo.\n\n"
        "Los gatos durmieron 9 horas.\n\nÚnete a Ontology en 2018 con 40 nodos."
    )
    report = check_texts({"en": reference, "es": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == []


def _acronyms(reference: str, translation: str, language: str = "es") -> list[str]:
    report = check_texts({"en": reference, language: translation}, reference="en")
    return [f.message for f in report.findings if f.rule == "acronym-mismatch"]


def test_an_acronym_written_with_its_letters_in_the_local_order_is_the_same() -> None:
    # ontology-introwp: the Spanish edition's "ADN" is the Dutch and English "DNA"; so are UE/EU and OTAN/NATO.
    reference = "The DNA sequence of each sample is stored.\n\nThe EU and NATO funded the study."
    translation = "Se almacena la secuencia de ADN de cada muestra.\n\nLa UE y la OTAN financiaron el estudio."
    assert _acronyms(reference, translation) == []


def test_an_acronym_with_other_letters_is_still_reported() -> None:
    reference = "The DNA sequence of each sample is stored.\n\nThe EU funded the DNA study."
    translation = "Se almacena la secuencia de ARN de cada muestra.\n\nLa UE financió el estudio del DNA."
    assert _acronyms(reference, translation) == ["acronym 'DNA' in the reference is 'ARN' here"]


def _htm_paper(paragraphs: int) -> tuple[str, str]:
    reference = "\n\n".join(f"The HTM region {n} learns sequence number {n} of the input." for n in range(paragraphs))
    translation = "\n\n".join(f"La región HTM {n} aprende la secuencia número {n} de la entrada." for n in range(paragraphs))
    reference += "\n\nEach HTM region stores what it has learned in its synapses."
    translation += "\n\nCada región guarda lo aprendido en sus sinapsis."
    return reference, translation


def test_the_documents_own_acronym_left_out_of_one_sentence_is_no_difference() -> None:
    # htm-whitepaper: HTM stands in most paragraphs of every edition; a translation that says "the region" in one
    # sentence lost nothing (23 findings, all false).
    from heroes_i18ncheck.rules.acronyms import PERVASIVE_BLOCKS

    assert _acronyms(*_htm_paper(PERVASIVE_BLOCKS)) == []


def test_an_acronym_a_few_blocks_use_left_out_of_one_is_reported() -> None:
    from heroes_i18ncheck.rules.acronyms import PERVASIVE_BLOCKS

    assert _acronyms(*_htm_paper(PERVASIVE_BLOCKS - 2)) == ["acronym 'HTM' of the reference is missing here"]


CPU_REFERENCE = (
    "Once the CPU effort has been expended, the block cannot be changed.\n\n"
    "Proof-of-work is essentially one CPU, one vote.\n\n"
    "The system is secure as long as honest nodes control more CPU power than any group of attackers."
)


def test_an_acronym_written_out_in_the_words_the_translation_defined_it_with_is_not_missing() -> None:
    # bitcoin-whitepaper gr: "επεξεργαστή (CPU)" once, then "επεξεργαστική ισχύ" for every later "CPU power".
    translation = (
        "Από τη στιγμή που έχει καταναλωθεί προσπάθεια του επεξεργαστή (CPU), το μπλοκ δεν αλλάζει.\n\n"
        "Η απόδειξη εργασίας είναι στην ουσία «ένας επεξεργαστής CPU ανά ψήφο».\n\n"
        "Το σύστημα είναι ασφαλές όσο οι έντιμοι κόμβοι ελέγχουν περισσότερη επεξεργαστική ισχύ από κάθε ομάδα."
    )
    report = check_texts({"en": CPU_REFERENCE, "el": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == []


def test_an_acronym_dropped_without_its_defined_words_is_still_reported() -> None:
    translation = (
        "Από τη στιγμή που έχει καταναλωθεί προσπάθεια του επεξεργαστή (CPU), το μπλοκ δεν αλλάζει.\n\n"
        "Η απόδειξη εργασίας είναι στην ουσία «ένας επεξεργαστής CPU ανά ψήφο».\n\n"
        "Το σύστημα είναι ασφαλές όσο οι έντιμοι κόμβοι ελέγχουν περισσότερη ισχύ από κάθε ομάδα επιτιθέμενων."
    )
    report = check_texts({"en": CPU_REFERENCE, "el": translation}, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == ["acronym 'CPU' of the reference is missing here"]


def test_editions_that_write_an_acronym_out_vote_with_the_reference() -> None:
    # bitcoin-whitepaper: gr defines "επεξεργαστή (CPU)" and then writes the words; lt and ru never use CPU. Counted
    # as lacking it, gr tipped the vote on "CPU power" against en and es (3 of 5 editions "lack" it).
    editions = {
        "en": CPU_REFERENCE,
        "es": (
            "Una vez gastado el esfuerzo de CPU, el bloque no puede cambiarse.\n\n"
            "La prueba de trabajo es esencialmente una CPU, un voto.\n\n"
            "El sistema es seguro mientras los nodos honestos controlen más potencia de CPU que cualquier grupo."
        ),
        "el": (
            "Από τη στιγμή που έχει καταναλωθεί προσπάθεια του επεξεργαστή (CPU), το μπλοκ δεν αλλάζει.\n\n"
            "Η απόδειξη εργασίας είναι στην ουσία «ένας επεξεργαστής CPU ανά ψήφο».\n\n"
            "Το σύστημα είναι ασφαλές όσο οι έντιμοι κόμβοι ελέγχουν περισσότερη επεξεργαστική ισχύ από κάθε ομάδα."
        ),
        "lt": (
            "Kai skaičiavimo pastangos išeikvotos, bloko pakeisti negalima.\n\n"
            "Darbo įrodymas iš esmės yra vienas procesorius, vienas balsas.\n\n"
            "Sistema saugi, kol sąžiningi mazgai valdo daugiau skaičiavimo galios nei bet kuri užpuolikų grupė."
        ),
        "ru": (
            "Когда вычислительные усилия затрачены, блок нельзя изменить.\n\n"
            "Доказательство работы по сути есть один процессор, один голос.\n\n"
            "Система надёжна, пока честные узлы контролируют больше вычислительной мощности, чем любая группа."
        ),
    }
    report = check_texts(editions, reference="en")
    assert [f.message for f in report.findings if f.rule == "acronym-mismatch"] == []
