"""The site and USB-handoff sub-commands as a provincial office scripts them: ``site init``,
``sync enrolment``, ``sync enrol``, ``sync export`` and ``sync import`` (``--dry-run``,
``--yes``), each printing one summary line per step in Vietnamese, and a one-line reason on
stderr with exit 1 when something is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from db_dump import dump

from chibo_desktop import cli

FINGERPRINT = re.compile(r"(?:[0-9A-F]{4} ){7}[0-9A-F]{4}")


def run(*arguments: object) -> int:
    return cli.main([str(a) for a in arguments])


def output(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


@pytest.fixture
def stick(tmp_path: Path, qapp: object) -> Path:
    """``qapp``: the command line makes a QCoreApplication when none exists, and a process that
    has one can never make the QApplication the window tests after these need."""
    usb = tmp_path / "usb"
    usb.mkdir()
    return usb


def test_a_province_and_a_commune_set_up_enrol_and_exchange_a_package(
    tmp_path: Path, stick: Path, chibo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    province, commune = tmp_path / "tinh.sqlite", tmp_path / "xa.sqlite"

    # Given a province and a commune set up from the command line
    assert (
        run("site", "init", "--db", province, "--role", "upper", "--name", "Tỉnh ủy Hà Tĩnh") == 0
    )
    out, _ = output(capsys)
    assert "Đã thiết lập Tỉnh ủy Hà Tĩnh là cơ quan cấp trên" in out
    assert FINGERPRINT.search(out)
    assert run("site", "init", "--db", commune, "--role", "commune", "--name", "Đảng bộ xã Tân Lập",
               "--unit", "TAN-LAP") == 0  # fmt: skip
    out, _ = output(capsys)
    [commune_fingerprint] = FINGERPRINT.findall(out)

    # When the province writes its enrolment file and the commune installs it
    enrolment = stick / "tinh-uy.chibo-enrol"
    assert run("sync", "enrolment", "--db", province, "--out", enrolment) == 0
    out, _ = output(capsys)
    [province_fingerprint] = FINGERPRINT.findall(out)
    assert run("sync", "enrol", "--db", commune, enrolment) == 0
    out, _ = output(capsys)
    assert f"Đã cài khóa của Văn phòng Tỉnh ủy Hà Tĩnh (dấu vân tay {province_fingerprint})" in out

    # And the commune exports to the stick
    assert run("sync", "export", "--db", commune, "--to", stick) == 0
    out, _ = output(capsys)
    assert out.startswith("Đã ghi gói số 1 gửi Văn phòng Tỉnh ủy Hà Tĩnh vào ")
    assert "(toàn bộ dữ liệu)" in out
    [package] = stick.glob("*.chibo")

    # Then the province's dry run names the package and asks for the fingerprint check
    before = dump(province)
    assert run("sync", "import", "--db", province, "--dry-run", stick) == 1
    _, err = output(capsys)
    assert f"{package.name}: gói số 1 của Văn phòng Đảng bộ xã Tân Lập" in err
    assert f"dấu vân tay khóa {commune_fingerprint}" in err and "--yes" in err
    assert dump(province) == before

    # And with --yes it is applied, and a receipt is written beside it
    assert run("sync", "import", "--db", province, "--yes", package) == 0
    out, _ = output(capsys)
    assert f"{package.name}: gói số 1 của " in out and ": đã nhận" in out
    assert "Giấy xác nhận gửi lại nơi gửi:" in out
    [receipt] = stick.glob("chibo-receipt-*.chibo")

    # And a second import of the same package says when it was applied
    assert run("sync", "import", "--db", province, package) == 0
    out, _ = output(capsys)
    assert ": đã nhận ngày " in out and "không thay đổi gì" in out

    # And the commune takes the receipt back
    assert run("sync", "import", "--db", commune, receipt) == 0


def test_refusals_are_one_line_in_vietnamese(
    tmp_path: Path, stick: Path, chibo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commune = tmp_path / "xa.sqlite"
    assert (
        run("site", "init", "--db", commune, "--role", "commune", "--name", "Đảng bộ xã Tân Lập")
        == 0
    )
    output(capsys)

    # Export before the upper level's file is installed
    assert run("sync", "export", "--db", commune, "--to", stick) == 1
    _, err = output(capsys)
    assert err.strip() == (
        "Cơ quan chưa có cấp trên để gửi: hãy cài tệp đăng ký của cấp trên trước."
    )

    # Writing an enrolment file into a folder that does not exist
    missing = tmp_path / "khong-co"
    assert run("sync", "enrolment", "--db", commune, "--out", missing / "a.chibo-enrol") == 1
    _, err = output(capsys)
    assert err.strip() == f"Thư mục {missing} không tồn tại; hãy chọn nơi khác để ghi."
    assert not missing.exists()

    # A package file that is not there
    assert run("sync", "import", "--db", commune, stick / "mat.chibo") == 1
    _, err = output(capsys)
    assert err.strip() == "mat.chibo: không đọc được tệp; có thể USB đã bị rút ra."

    # A file that is not a package
    junk = stick / "virus.chibo"
    junk.write_bytes(b"MZ" + b"\x00" * 500)
    assert run("sync", "import", "--db", commune, junk) == 1
    _, err = output(capsys)
    assert err.strip() == (
        "virus.chibo: không phải gói dữ liệu Chi bộ Desktop, hoặc đã hỏng nặng; "
        "hãy kiểm tra lại tệp đã chọn."
    )

    # An enrolment file that is not one
    assert run("sync", "enrol", "--db", commune, junk) == 1
    _, err = output(capsys)
    assert err.strip() == "virus.chibo: không phải tệp đăng ký của Chi bộ Desktop."

    # A second set-up
    assert (
        run("site", "init", "--db", commune, "--role", "commune", "--name", "Đảng bộ xã Khác") == 1
    )
    _, err = output(capsys)
    assert err.strip() == "Cơ sở dữ liệu đã được thiết lập cơ quan."

    # An empty folder
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("sync", "import", "--db", commune, empty) == 1
    _, err = output(capsys)
    assert err.strip() == "Không tìm thấy tệp gói dữ liệu nào (*.chibo)."
