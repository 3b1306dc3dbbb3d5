package app.outlay.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24, finding 3: the rule that keeps spreadsheet formulas out of exported text cells, exact both ways. */
class FormulaGuardTest {

    @Test
    void cellsThatWouldRunAsFormulasGetAQuoteAndOthersAreUntouched() {
        assertThat(FormulaGuard.guard("=HYPERLINK(\"http://evil.example\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(FormulaGuard.guard("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(FormulaGuard.guard("-5 off")).isEqualTo("'-5 off");
        assertThat(FormulaGuard.guard("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(FormulaGuard.guard("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.guard("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaGuard.guard("'=1+1")).isEqualTo("''=1+1");
        assertThat(FormulaGuard.guard("Rent")).isEqualTo("Rent");
        assertThat(FormulaGuard.guard("'quoted'")).isEqualTo("'quoted'");
        assertThat(FormulaGuard.guard("it's 5-6")).isEqualTo("it's 5-6");
        assertThat(FormulaGuard.guard("")).isEmpty();
        assertThat(FormulaGuard.guard(null)).isNull();
    }

    @Test
    void everyTextComesBackExactly() {
        for (String text : List.of("=1+1", "'=1+1", "''=1+1", "'", "''", "'quoted", "-", "'-", "+", "@", "\t", "\r\n=x",
                "plain", "", "=", "'@x", "x=1", " =1")) {
            assertThat(FormulaGuard.unguard(FormulaGuard.guard(text))).as(text).isEqualTo(text);
        }
        // What only a guard writes is taken off; what the guard never writes is left alone.
        assertThat(FormulaGuard.unguard("'quoted")).isEqualTo("'quoted");
        assertThat(FormulaGuard.unguard("-5")).isEqualTo("-5");
    }
}
