from skywicker import db


class TestFlightsApi:
    def test_add_flight(self, book):
        assert db.add_flight(book, "Ashbury Down", "Ruth", 8) > 0

    def test_book_passenger(self, book):
        flight = db.add_flight(book, "Ashbury Down", "Ruth", 8)
        db.book(book, flight, "Ines", 70)
        assert db.passengers(book, flight) == ["Ines"]

    def test_load_of_empty_flight(self, book):
        flight = db.add_flight(book, "Ashbury Down", "Ruth", 8)
        assert db.load_kg(book, flight) == 0

    def test_load_sums_weights(self, book):
        flight = db.add_flight(book, "Ashbury Down", "Ruth", 8)
        for name, kg in [("A", 60), ("B", 75), ("C", 90)]:
            db.book(book, flight, name, kg)
        assert db.load_kg(book, flight) == 225

    def test_passengers_in_booking_order(self, book):
        flight = db.add_flight(book, "Kellet Field", "Omar", 12)
        for name in ["Zed", "Amy", "Max"]:
            db.book(book, flight, name, 70)
        assert db.passengers(book, flight) == ["Zed", "Amy", "Max"]

    def test_flight_seats_kept(self, book):
        flight = db.add_flight(book, "Kellet Field", "Omar", 12)
        with book.cursor() as cur:
            cur.execute("SELECT seats FROM flights WHERE id = %s", (flight,))
            assert cur.fetchone()[0] == 12
