"""The cross-reference check's object-header match (`readers.pdf.damage`): a header counts only
when it names the entry's object and generation exactly as written."""

from extractor.readers.pdf.damage import _damage, _is_header


def test_a_header_must_name_the_entry_exactly():
    assert _is_header(b"12 0 obj\n<<>>", 12, 0)
    assert _is_header(b"\r\n 12  0\nobj<<", 12, 0)  # whitespace before and between tolerated
    assert not _is_header(b"123 0 obj", 12, 0)  # another object whose number starts alike
    assert not _is_header(b"012 0 obj", 12, 0)  # a leading zero is not how the number is written
    assert not _is_header(b"12 1 obj", 12, 0)  # another generation
    assert not _is_header(b"12 0 objx", 12, 0)  # not the keyword `obj`
    assert not _is_header(b"x 12 0 obj", 12, 0)


def test_a_table_entry_pointing_beside_its_object_is_damage():
    body = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n2 0 obj\n<<>>\nendobj\n"
    first, second = body.index(b"1 0 obj"), body.index(b"2 0 obj")

    def pdf(offset_of_2: int) -> bytes:
        xref = len(body)
        table = b"xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n" % (first, offset_of_2)
        return body + table + b"trailer\n<< /Size 3 >>\nstartxref\n%d\n%%%%EOF\n" % xref

    assert _damage(pdf(second)) is None  # type: ignore[arg-type]  # bytes slice like an mmap
    assert _damage(pdf(second + 1)) == "el objeto 2 no está donde dice la tabla de referencias cruzadas"  # type: ignore[arg-type]
