"""`text.fold` takes a short path for ASCII text and removes accents through a translation table:
it must give what its definition gives (NFKD of the case-folded text, combining marks dropped,
runs of non-word characters one space) on any text."""

import random
import re
import unicodedata

from extractor.text import fold


def _by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", stripped).split())


def _random_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    ranges = [(0x20, 0x7F), (0xA0, 0x250), (0x300, 0x370), (0x1E00, 0x1F00), (0x2000, 0x2070), (0xFB00, 0xFB07)]
    texts = []
    for _ in range(count):
        chars = [chr(rnd.randrange(*rnd.choice(ranges))) for _ in range(rnd.randrange(0, 16))]
        texts.append("".join(chars))
    return texts


def test_fold_is_its_definition_on_spanish_and_odd_text() -> None:
    texts = [
        "Municipalidad de Peñalolén",
        "ÑANDÚ  Ñuñoa — «Acción» (2023)",
        "a\u0301rbol",  # a combining accent typed after its letter
        "ﬁnanciamiento",  # a ligature: NFKD spells it
        "Straße İstanbul",  # case folding that changes length
        "",
        "   ",
        *_random_texts(7, 3000),
    ]
    for text in texts:
        assert fold.__wrapped__(text) == _by_definition(text), repr(text)
