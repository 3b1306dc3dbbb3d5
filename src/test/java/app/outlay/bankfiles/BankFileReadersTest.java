package app.outlay.bankfiles;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each reader on the realistic samples: every transaction with its date, signed amount, payee, memo and bank id. */
class BankFileReadersTest {

    private static List<BankTransaction> read(String name) throws IOException {
        Path file = sample(name);
        return BankFiles.read(file, BankFiles.detect(file), QifDates.Order.AUTO);
    }

    private static BigDecimal sum(List<BankTransaction> lines, int signum) {
        return lines.stream().map(BankTransaction::amount).filter(a -> a.signum() == signum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void detectsEachFormatFromItsContent() throws IOException {
        assertThat(BankFiles.detect(sample("ofx/checking-2026-01.ofx"))).isEqualTo(BankFormat.OFX);
        assertThat(BankFiles.detect(sample("ofx/creditcard-2026-02.qfx"))).isEqualTo(BankFormat.OFX);
        assertThat(BankFiles.detect(sample("qif/checking-us.qif"))).isEqualTo(BankFormat.QIF);
        assertThat(BankFiles.detect(sample("qif/giro-de.qif"))).isEqualTo(BankFormat.QIF);
        assertThat(BankFiles.detect(sample("camt/statement-2026-01-05.xml"))).isEqualTo(BankFormat.CAMT053);
        assertThat(BankFiles.detect(sample("mt940/giro-2026-01-05.sta"))).isEqualTo(BankFormat.MT940);
        assertThat(BankFiles.detect(sample("mt940/giro-2026-01-06-overlap.sta"))).isEqualTo(BankFormat.MT940);
        assertThat(BankFormat.detect("date,description,amount\n2026-01-02,Bakery,2.50\n".getBytes())).isEqualTo(BankFormat.CSV);
        assertThat(BankFormat.detect("\ufeff!Type:Bank\nD01/02/2026\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(BankFormat.QIF);
    }

    @Test
    void ofxOneSgmlWithoutClosingTags() throws IOException {
        List<BankTransaction> lines = read("ofx/checking-2026-01.ofx");
        assertThat(lines).hasSize(8);
        assertThat(sum(lines, -1)).isEqualByComparingTo("-1354.91");
        assertThat(sum(lines, 1)).isEqualByComparingTo("1269.99");
        BankTransaction first = lines.get(0);
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(first.amount()).isEqualTo(new BigDecimal("-42.17"));
        assertThat(first.payee()).isEqualTo("WHOLE FOODS MARKET #123");
        assertThat(first.memo()).isEqualTo("POS PURCHASE");
        assertThat(first.bankId()).isEqualTo("2026010201");
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(lines.get(1).memo()).isNull();
        assertThat(lines.get(3).valueDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(lines.get(4).amount()).isEqualTo(new BigDecimal("19.99"));
        assertThat(lines.get(5).memo()).as("an empty MEMO").isNull();
        assertThat(lines.get(5).bankId()).isEqualTo("2026011201");
        assertThat(lines.get(6).payee()).isEqualTo("BARNES & NOBLE #2214");
        assertThat(lines.get(7).bookingDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void ofxTwoXmlCreditCard() throws IOException {
        List<BankTransaction> lines = read("ofx/creditcard-2026-02.qfx");
        assertThat(lines).extracting(BankTransaction::payee)
                .containsExactly("CHIPOTLE 1180", "NETFLIX.COM", "REI #77 RETURN", "DELTA AIR 0062345", "PAYMENT - THANK YOU");
        assertThat(sum(lines, -1)).isEqualByComparingTo("-1314.35");
        assertThat(sum(lines, 1)).isEqualByComparingTo("530.00");
        assertThat(lines.get(0).bookingDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(lines.get(0).valueDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(lines.get(1).memo()).isEqualTo("Streaming & subscriptions");
        assertThat(lines.get(2).memo()).isNull();
        assertThat(lines).allMatch(line -> line.currency().equals("USD") && line.bankId() != null);
    }

    @Test
    void qifQuickenStyleWithSplits() throws IOException {
        List<BankTransaction> lines = read("qif/checking-us.qif");
        assertThat(lines).extracting(BankTransaction::bookingDate).containsExactly(LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 20));
        assertThat(lines).extracting(BankTransaction::amount).containsExactly(new BigDecimal("-42.17"),
                new BigDecimal("1250.00"), new BigDecimal("-156.40"), new BigDecimal("-7.25"), new BigDecimal("19.99"));
        BankTransaction costco = lines.get(2);
        assertThat(costco.payee()).isEqualTo("Costco Wholesale");
        assertThat(costco.splits()).containsExactly(
                new BankTransaction.SplitPart("Groceries", "Food", new BigDecimal("-98.15")),
                new BankTransaction.SplitPart("Household", "Paper towels, detergent", new BigDecimal("-46.25")),
                new BankTransaction.SplitPart("Gifts", null, new BigDecimal("-12.00")));
        assertThat(lines).allMatch(line -> line.bankId() == null && line.currency() == null);
        assertThat(costco.line()).isEqualTo(14);
    }

    @Test
    void qifGermanDatesAndDecimalCommas() throws IOException {
        List<BankTransaction> lines = read("qif/giro-de.qif");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).bookingDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(lines.get(0).amount()).isEqualTo(new BigDecimal("-1234.50"));
        assertThat(lines.get(0).payee()).isEqualTo("Hausverwaltung Müller GmbH");
        assertThat(lines.get(1).payee()).isEqualTo("REWE Markt Köln");
        assertThat(sum(lines, 1)).isEqualByComparingTo("2500.00");
    }

    @Test
    void qifDatesThatFitBothOrdersAreAskedAbout() throws IOException {
        Path file = sample("qif/ambiguous-dates.qif");
        assertThatThrownBy(() -> BankFiles.read(file, BankFormat.QIF, QifDates.Order.AUTO))
                .isInstanceOf(AmbiguousDatesException.class).hasMessageContaining("03/04/2026").hasMessageContaining("line 2");
        assertThat(BankFiles.read(file, BankFormat.QIF, QifDates.Order.DAY_FIRST)).extracting(BankTransaction::bookingDate)
                .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 4));
        assertThat(BankFiles.read(file, BankFormat.QIF, QifDates.Order.MONTH_FIRST)).extracting(BankTransaction::bookingDate)
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 4, 5));
        assertThat(read("qif/day-first.qif")).extracting(BankTransaction::bookingDate)
                .containsExactly(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 25));
    }

    @Test
    void camtSeveralStatementsBatchesAndReferences() throws IOException {
        List<BankTransaction> lines = read("camt/statement-2026-01-05.xml");
        assertThat(lines).hasSize(8);
        assertThat(sum(lines, -1)).isEqualByComparingTo("-272.60");
        assertThat(sum(lines, 1)).isEqualByComparingTo("2519.99");
        assertThat(lines).extracting(BankTransaction::payee).containsExactly("REWE Markt GmbH", "Arbeitgeber AG",
                "Stadtwerke Köln GmbH", "Telekom Deutschland GmbH", "Verkehrsverbund Rhein-Sieg", "Bäckerei Schmitz & Söhne",
                "Amazon EU S.a.r.l.", null);
        assertThat(lines).extracting(BankTransaction::bankId).containsExactly("2026010500001", "2026010500002",
                "2026010500003/1", "2026010500003/2", "2026010500003/3", "NREF-0106-1", "E2E-AMZ-RF-5550123", "2026010600006");
        assertThat(lines.get(0).memo()).isEqualTo("REWE SAGT DANKE 12345678");
        assertThat(lines.get(2).amount()).isEqualTo(new BigDecimal("-89.00"));
        assertThat(lines.get(2).valueDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(lines.get(2).element()).isEqualTo("Stmt[1]/Ntry[3]/TxDtls[1]");
        assertThat(lines.get(5).bookingDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(lines.get(5).valueDate()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(lines.get(6).memo()).isEqualTo("Erstattung Bestellung 303-5550123");
        assertThat(lines.get(7).memo()).isEqualTo("Bargeldauszahlung Geldautomat");
        assertThat(lines.get(7).element()).isEqualTo("Stmt[2]/Ntry[3]");
        assertThat(lines).allMatch(line -> line.currency().equals("EUR"));
    }

    @Test
    void camtVersionEightWithPartiesAndStatusCodes() throws IOException {
        List<BankTransaction> lines = read("camt/statement-2026-01-06-overlap.xml");
        assertThat(lines).extracting(BankTransaction::bankId)
                .containsExactly("NREF-0106-1", "E2E-AMZ-RF-5550123", "2026010600006", "2026010700007");
        assertThat(lines.get(3).payee()).isEqualTo("Apotheke am Dom");
        assertThat(lines.get(3).amount()).isEqualTo(new BigDecimal("-33.33"));
    }

    @Test
    void mt940GermanStructuredDetailsAndReversals() throws IOException {
        List<BankTransaction> lines = read("mt940/giro-2026-01-05.sta");
        assertThat(lines).hasSize(8);
        assertThat(sum(lines, -1)).isEqualByComparingTo("-212.30");
        assertThat(sum(lines, 1)).isEqualByComparingTo("2534.99");
        assertThat(lines).extracting(BankTransaction::payee).containsExactly("REWE Markt GmbH", "Arbeitgeber AG",
                "Stadtwerke Köln GmbH", "FitX Deutschland GmbH", "Bäckerei Schmitz & Söhne", "Amazon EU S.a.r.l.", null, null);
        assertThat(lines).extracting(BankTransaction::memo).containsExactly("REWE SAGT DANKE 12345678", "Gehalt Januar 2026",
                "Abschlag Strom 01/2026", "Ruecklastschrift Fitness", "Kartenzahlung girocard2026-01-04T10:12",
                "Erstattung Bestellung 303-5550123", "Geldautomat Koeln Hbf", "Storno Gutschrift vom 02.01.2026");
        assertThat(lines).extracting(BankTransaction::bankId).containsExactly(null, "20260105-0002", "20260105-0003",
                "20260105-0004", null, "20260106-0005", "20260106-0006", "20260106-0007");
        assertThat(lines.get(2).bookingDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(lines.get(2).valueDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(lines.get(3).amount()).as("RD: a debit reversed").isEqualTo(new BigDecimal("15.00"));
        assertThat(lines.get(7).amount()).as("RC: a credit reversed").isEqualTo(new BigDecimal("-5.00"));
        assertThat(lines.get(4).bookingDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(lines).allMatch(line -> line.currency().equals("EUR"));
    }

    @Test
    void mt940InASwiftEnvelope() throws IOException {
        List<BankTransaction> lines = read("mt940/giro-2026-01-06-overlap.sta");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(4).payee()).isEqualTo("Apotheke am Dom");
        assertThat(lines.get(4).bookingDate()).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void anMt940StatementThatDoesNotAddUpIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String text = Files.readString(sample("mt940/giro-2026-01-05.sta"), java.nio.charset.Charset.forName("windows-1252"));
        Path damaged = Files.writeString(dir.resolve("damaged.sta"), text.replace("DR45,80", "DR45,08"),
                java.nio.charset.Charset.forName("windows-1252"));
        assertThatThrownBy(() -> BankFiles.read(damaged, BankFormat.MT940, QifDates.Order.AUTO))
                .isInstanceOf(BankFileException.class).hasMessageContaining(":62F:").hasMessageContaining("3380.92");
    }
}
