package app.outlay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Currency;
import java.util.Optional;

/**
 * The ledger as a whole: its one row (V7) holds what every client of a shared ledger must agree on, today the
 * currency. A null currency means none was chosen yet.
 */
@Entity
@Table(name = "ledger")
public class Ledger {

    /** The only row's id (the table's check constraint allows no other). */
    public static final short ID = 1;

    @Id
    @Column(name = "id", nullable = false)
    private Short id;

    /** CHAR(3) on both databases; mapped as CHAR so that hbm2ddl=validate accepts it (a String is VARCHAR by default). */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3)
    private String currency;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Ledger() {
    }

    public Optional<Currency> getCurrency() {
        return currency == null ? Optional.empty() : Optional.of(Currency.getInstance(currency.strip()));
    }

    public void setCurrency(Currency currency) {
        this.currency = currency.getCurrencyCode();
    }

    public long getVersion() {
        return version;
    }
}
