from decimal import Decimal

import pytest

from mashtun import excise, ledger


def test_first_batch_registered():
    assert ledger.register_batch("B-0412") == 1


def test_second_batch_registered():
    assert ledger.register_batch("B-0413") == 2


def test_loss_pct():
    assert ledger.loss_pct(2000, 1850) == Decimal("7.5")


def test_duty_pence_exact():
    assert excise.duty_for(Decimal("12.5"), Decimal("4.1")) == Decimal("1144.93")


@pytest.fixture
def ledger_dir(tmp_path):
    folder = tmp_path / "ledger"
    folder.mkdir()
    yield folder
    folder.rmdir()


def test_ledger_written(ledger_dir):
    (ledger_dir / "2026-11.csv").write_text("B-0412,41.25\n")
    assert (ledger_dir / "2026-11.csv").exists()


def test_ledger_totals(leger_dir):
    assert leger_dir.exists()


@pytest.mark.xfail(strict=True, reason="loss over 10% is not flagged yet")
def test_high_loss_flagged():
    assert ledger.loss_pct(1000, 880) > 10
