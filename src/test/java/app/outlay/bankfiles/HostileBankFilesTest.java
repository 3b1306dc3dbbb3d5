package app.outlay.bankfiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Bank files built to hurt: XML entity expansion and external entities, files cut anywhere, 50 MB single lines. Each
 * is refused within a time bound with a message that names where and why, and nothing is returned.
 */
class HostileBankFilesTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final long SEED = 20261205L;

    @TempDir
    Path dir;

    private static BankFileException refused(Path file) {
        BankFormat format = assertTimeoutPreemptively(BOUND, () -> BankFiles.detect(file));
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> {
            try {
                List<BankTransaction> read = BankFiles.read(file, format, QifDates.Order.MONTH_FIRST);
                return new AssertionError(file.getFileName() + " was read: " + read.size() + " transactions");
            } catch (BankFileException refused) {
                return refused;
            }
        });
        assertThat(thrown).isInstanceOf(BankFileException.class);
        assertThat(thrown.getMessage()).doesNotContain("Exception").doesNotContain("\tat ").endsWith("Nothing was imported.");
        return (BankFileException) thrown;
    }

    @Test
    void billionLaughsIsRefusedAtItsDoctype() {
        assertThat(refused(sample("camt/billion-laughs.xml")).getMessage())
                .startsWith("line 13, <!DOCTYPE").contains("DOCTYPE (DTD) is refused");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String message = refused(sample("camt/external-entity.xml")).getMessage();
        assertThat(message).contains("DOCTYPE (DTD) is refused").doesNotContain("root:");
        assertThat(refused(sample("ofx/doctype.ofx")).getMessage()).contains("line 3, <!DOCTYPE");
    }

    @Test
    void anEntityDeclaredNowhereIsRefused() throws IOException {
        String text = Files.readString(sample("camt/statement-2026-01-05.xml")).replace("REWE SAGT DANKE", "&undeclared; REWE");
        assertThat(refused(Files.writeString(dir.resolve("entity.xml"), text)).getMessage()).contains("undeclared");
    }

    @Test
    void everyFormatCutShortIsRefused() throws IOException {
        Random random = new Random(SEED);
        for (String name : List.of("ofx/checking-2026-01.ofx", "ofx/creditcard-2026-02.qfx", "camt/statement-2026-01-05.xml",
                "mt940/giro-2026-01-05.sta", "qif/checking-us.qif")) {
            byte[] whole = Files.readAllBytes(sample(name));
            int end = lastContent(name, whole);
            for (int i = 0; i < 15; i++) {
                int cut = 40 + random.nextInt(end - 40);
                Path file = Files.write(dir.resolve("cut-" + cut + "-" + name.replace('/', '-')), Arrays.copyOf(whole, cut));
                if (name.endsWith(".qif") && qifRecordEnds(whole, cut) || name.endsWith(".sta") && mt940StatementEnds(whole, cut)) {
                    continue; // cut just after a record's ^ or a statement's closing balance: a shorter file, not a damaged one
                }
                assertThat(refused(file).getMessage()).as(name + " cut at " + cut).startsWith("line ");
            }
        }
    }

    /** Where the file's last meaningful byte is (trailing newlines and MT940's final "-" line can go unnoticed). */
    private static int lastContent(String name, byte[] whole) {
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        return name.endsWith(".sta") ? text.lastIndexOf(":62F:") + 20 : text.stripTrailing().length() - 1;
    }

    private static boolean qifRecordEnds(byte[] whole, int cut) {
        String before = new String(whole, 0, cut, StandardCharsets.ISO_8859_1).stripTrailing();
        return before.endsWith("^") || before.endsWith("!Type:Bank");
    }

    private static boolean mt940StatementEnds(byte[] whole, int cut) {
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        String before = text.substring(0, cut).stripTrailing();
        String last = before.substring(before.lastIndexOf('\n') + 1);
        return last.equals("-") || last.startsWith(":62F:") && text.contains(last + "\r\n");
    }

    @Test
    void fiftyMegabyteSingleLinesAreRefusedWithinTheBound() throws IOException {
        for (String start : List.of("OFXHEADER:100\r\nDATA:OFXSGML\r\n\r\n<OFX><NAME>", "!Type:Bank\nP",
                "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>",
                ":20:STARTUMS\n:25:1/2\n:60F:C260105EUR1,00\n:86:")) {
            Path file = dir.resolve("huge.bank");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(start.getBytes(StandardCharsets.US_ASCII));
                byte[] block = new byte[1 << 20];
                Arrays.fill(block, (byte) 'x');
                for (int i = 0; i < 50; i++) {
                    out.write(block);
                }
            }
            assertThat(refused(file).getMessage()).contains("huge.bank is 50 MB");
        }
    }

    @Test
    void aLongLineUnderTheSizeLimitIsRefusedByItsLength() throws IOException {
        String huge = "x".repeat(5_000_000);
        assertThat(refused(Files.writeString(dir.resolve("long.qif"), "!Type:Bank\nD01/02/2026\nP" + huge + "\nT-1.00\n^\n"))
                .getMessage()).startsWith("line 3").contains("5000001 characters");
        assertThat(refused(Files.writeString(dir.resolve("long.ofx"), "OFXHEADER:100\n\n<OFX><NAME>" + huge + "</OFX>"))
                .getMessage()).startsWith("line 3, NAME").contains("5000000 characters");
        assertThat(refused(Files.writeString(dir.resolve("long.xml"),
                "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>"
                        + huge + "</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>")).getMessage()).contains("AddtlNtryInf");
    }

    @Test
    void badValuesNameTheirLineAndValue() throws IOException {
        String ofx = Files.readString(sample("ofx/checking-2026-01.ofx"), java.nio.charset.Charset.forName("windows-1252"));
        assertThat(refused(Files.writeString(dir.resolve("amount.ofx"), ofx.replace("-3.50", "-3.5O"))).getMessage())
                .isEqualTo("line 54, TRNAMT '-3.5O': not an amount. Nothing was imported.");
        String camt = Files.readString(sample("camt/statement-2026-01-05.xml"));
        assertThat(refused(Files.writeString(dir.resolve("sign.xml"), camt.replaceFirst("<CdtDbtInd>DBIT", "<CdtDbtInd>DEBIT")))
                .getMessage()).contains("Stmt[1]/Ntry[1]/CdtDbtInd 'DEBIT': not DBIT or CRDT");
        assertThat(refused(Files.writeString(dir.resolve("date.qif"), "!Type:Bank\nD02/30/2026\nT-1.00\n^\n")).getMessage())
                .startsWith("line 2, D '02/30/2026': not a date");
        assertThat(refused(Files.writeString(dir.resolve("split.qif"), "!Type:Bank\nD02/03/2026\nT-10.00\nSA\n$-4.00\nSB\n$-5.00\n^\n"))
                .getMessage()).isEqualTo("line 3, T '-10.00': the split lines ($) add up to -9.00, not to the payment's amount. Nothing was imported.");
        assertThatThrownBy(() -> BankFiles.read(Files.writeString(dir.resolve("invest.qif"), "!Type:Invst\nD02/03/2026\n^\n"),
                BankFormat.QIF, QifDates.Order.AUTO)).hasMessageContaining("!Type:Invst");
    }
}
