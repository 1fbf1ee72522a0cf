"""What every list of entities read from a text must be, whatever the text: shared by the entity tests."""

from __future__ import annotations

from heroes_i18ncheck.model import Entity


def assert_well_formed(text: str, entities: tuple[Entity, ...]) -> None:
    """In order, not overlapping, each raw text exactly its span, each with a value."""
    end = 0
    for entity in entities:
        assert end <= entity.start < entity.end <= len(text)
        assert entity.text == text[entity.start : entity.end]
        assert entity.value and entity.value in entity.values
        end = entity.end
