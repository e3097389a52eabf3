import pytest

from skywicker import db


class TestDatabase:
    def test_schema_created(self, book):
        with book.cursor() as cur:
            cur.execute("SELECT to_regclass('bookings')")
            assert cur.fetchone()[0] == "bookings"

    def test_flight_ids_increase(self, book):
        assert db.add_flight(book, "A", "R", 2) < db.add_flight(book, "A", "R", 2)

    def test_booking_needs_flight(self, book):
        import psycopg2
        with pytest.raises(psycopg2.errors.ForeignKeyViolation):
            db.book(book, 99_999_999, "ghost", 70)
        book.rollback()

    def test_passenger_required(self, book):
        import psycopg2
        flight = db.add_flight(book, "A", "R", 2)
        with pytest.raises(psycopg2.errors.NotNullViolation):
            db.book(book, flight, None, 70)
        book.rollback()

    @pytest.mark.parametrize("users", ["10-users", "100-users", "1000-users"])
    def test_bulk_bookings(self, book, users):
        count = int(users.split("-")[0])
        flight = db.add_flight(book, "Bulk", "R", count)
        for n in range(count):
            db.book(book, flight, f"b{n}", 70)
        assert db.load_kg(book, flight) == 70 * count

    @pytest.mark.parametrize("site", ["Ashbury Down", "Kellet Field", "Wenlow", "Brockhill"])
    def test_flights_per_site(self, book, site):
        flight = db.add_flight(book, site, "R", 4)
        with book.cursor() as cur:
            cur.execute("SELECT site FROM flights WHERE id = %s", (flight,))
            assert cur.fetchone()[0] == site

    def test_launch_marked(self, book):
        flight = db.add_flight(book, "A", "R", 2)
        with book.cursor() as cur:
            cur.execute("UPDATE flights SET launched = true WHERE id = %s", (flight,))
            cur.execute("SELECT launched FROM flights WHERE id = %s", (flight,))
            assert cur.fetchone()[0] is True
        book.commit()

    def test_empty_manifest(self, book):
        assert db.passengers(book, db.add_flight(book, "A", "R", 2)) == []

    @pytest.mark.parametrize("weight", [40, 80, 120, 160])
    def test_weights_kept(self, book, weight):
        flight = db.add_flight(book, "A", "R", 2)
        db.book(book, flight, "w", weight)
        assert db.load_kg(book, flight) == weight

    def test_transaction_isolation(self, book):
        other = db.connect()
        try:
            flight = db.add_flight(book, "Iso", "R", 2)
            with book.cursor() as cur:
                cur.execute("INSERT INTO bookings (flight_id, passenger, weight_kg) VALUES (%s, 'u', 70)", (flight,))
            assert db.passengers(other, flight) == []
            book.rollback()
        finally:
            other.close()

    def test_audit_written(self, audited):
        with audited.cursor() as cur:
            cur.execute("SELECT count(*) FROM chaos_audit")
            assert cur.fetchone()[0] >= 1

    def test_connection_reused(self, book):
        assert db.add_flight(book, "A", "R", 2) and db.add_flight(book, "A", "R", 3)

    def test_schema_idempotent(self, book):
        db.ensure_schema(book)
        db.ensure_schema(book)

    def test_seats_positive(self, book):
        flight = db.add_flight(book, "A", "R", 1)
        with book.cursor() as cur:
            cur.execute("SELECT seats FROM flights WHERE id = %s", (flight,))
            assert cur.fetchone()[0] == 1
