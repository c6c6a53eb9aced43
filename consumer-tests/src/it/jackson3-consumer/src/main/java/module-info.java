/**
 * A Jackson 3 consumer: needs nothing but equality-duty's Jackson 3 module (and what it requires).
 */
module org.example.boot {
    requires org.equalityduty.json.jackson3;
}
