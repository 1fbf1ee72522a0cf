"""A file that holds several languages, a section of pages each: each section is an edition where no file is one."""

from __future__ import annotations

from pathlib import Path

from heroes_i18ncheck import check_files
from heroes_i18ncheck.cli import main
from heroes_i18ncheck.config import Config
from heroes_i18ncheck.report.github import render
from pdf_builder import Page, build_pdf

PAGES = {
    "en": [
        "The repairs are done by volunteers and no compensation is charged for the repairs made with our tools.",
        "A contribution of 25 euros a year covers the insurance of the volunteers and the rent of the workshop.",
        "Bring the device you want repaired to the workshop, which is open every Saturday from ten to four.",
    ],
    "fr": [
        "Les réparations sont effectuées par des bénévoles et aucune compensation n'est facturée pour les réparations.",
        "Une contribution de 15 euros par an couvre l'assurance des bénévoles et le loyer de l'atelier de réparation.",
        "Apportez l'appareil que vous voulez faire réparer à l'atelier, ouvert chaque samedi de dix à seize heures.",
    ],
    "nl": [
        "De herstellingen worden uitgevoerd door vrijwilligers en er wordt geen vergoeding gevraagd voor de herstellingen.",
        "Een bijdrage van 25 euro per jaar dekt de verzekering van de vrijwilligers en de huur van de werkplaats.",
        "Breng het toestel dat u wilt laten herstellen naar de werkplaats, die elke zaterdag open is van tien tot vier.",
    ],
    "de": [
        "Die Reparaturen werden von Freiwilligen durchgeführt und für die Reparaturen wird keine Vergütung berechnet.",
        "Ein Beitrag von 25 Euro pro Jahr deckt die Versicherung der Freiwilligen und die Miete der Werkstatt.",
        "Bringen Sie das Gerät, das Sie reparieren lassen möchten, in die Werkstatt, die jeden Samstag geöffnet ist.",
    ],
}


def _leaflet(path: Path, order: tuple[str, ...] = ("en", "fr", "nl", "de")) -> str:
    """One page per language, in ``order``: the Interreg leaflet's layout (sharepair-*)."""
    pages = [Page(texts=[(72, 700 - 20 * i, 10, line) for i, line in enumerate(PAGES[language])]) for language in order]
    path.write_bytes(build_pdf(pages))
    return str(path)


def test_one_leaflet_in_four_languages_is_four_editions(tmp_path: Path) -> None:
    leaflet = _leaflet(tmp_path / "leaflet.en.pdf")
    report = check_files([leaflet])
    assert report.errors == ()
    assert [(d.path, d.language, d.language_source) for d in report.documents] == [
        (leaflet, "en", "name"),
        (f"{leaflet}#de", "de", "section"),
        (f"{leaflet}#fr", "fr", "section"),
        (f"{leaflet}#nl", "nl", "section"),
    ]
    assert report.reference == leaflet
    numbers = [(f.translation.path, f.message) for f in report.findings if f.rule == "number-mismatch" and f.translation]
    assert numbers == [(f"{leaflet}#fr", "number '25 euros' in the reference is '15 euros' here (3 of 4 editions agree with the reference)")]
    section = next(d for d in report.documents if d.language == "fr")
    assert section.warnings == ("the fr section of a file that holds several languages (page 2)",)
    assert {f.translation.page for f in report.findings if f.translation and f.translation.path == f"{leaflet}#fr"} == {2}


def test_a_language_given_as_a_file_of_its_own_is_not_read_again_from_a_section(tmp_path: Path) -> None:
    # sharepair-*: each language's file holds all four; each file is its own language's edition, as before.
    files = [_leaflet(tmp_path / f"{language}.pdf", (language, *(o for o in PAGES if o != language))) for language in PAGES]
    report = check_files(files)
    assert sorted(d.path for d in report.documents) == sorted(files)


def test_sections_can_be_turned_off(tmp_path: Path, capsys) -> None:
    leaflet = _leaflet(tmp_path / "leaflet.en.pdf")
    report = check_files([leaflet], config=Config(sections=False))
    assert [e.message for e in report.errors] == ["only one edition: nothing to compare it with"]
    assert main(["check", leaflet, "--no-sections", "--format", "json"]) == 2
    assert main(["check", leaflet, "--format", "json", "--fail-on", "never"]) == 0


def test_github_annotations_of_a_section_point_at_its_file(tmp_path: Path) -> None:
    # GitHub finds no file named leaflet.en.pdf#fr: the annotation goes to the file, the message names the section.
    leaflet = _leaflet(tmp_path / "leaflet.en.pdf")
    lines = render(check_files([leaflet])).splitlines()
    number = next(line for line in lines if "H101" in line)
    assert f"file={leaflet}," in number and "#fr" not in number.split("::")[1]
    assert any(line.startswith(f"::warning file={leaflet},title=extraction warning::{leaflet}#fr: the fr section") for line in lines)
