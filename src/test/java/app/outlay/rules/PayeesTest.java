package app.outlay.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Descriptions as banks write them come down to the payee's words. */
class PayeesTest {

    @Test
    void cardNumbersDatesTimesAndReferencesAreStripped() {
        assertThat(Payees.key("PAYPAL *SPOTIFY 4029357733")).isEqualTo("spotify");
        assertThat(Payees.key("Kartenzahlung REWE Markt GmbH 12.03. 14:22")).isEqualTo("rewe markt");
        assertThat(Payees.key("VISA Netflix.com 4871 XXXX XXXX 1234")).isEqualTo("netflix");
        assertThat(Payees.key("SEPA Lastschrift Vattenfall Europe Sales REF 8F3K2Q")).isEqualTo("vattenfall europe sales");
        assertThat(Payees.key("EC Lidl Dienstl. 2025-03-04 Folgenr. 03 Verfalld. 2812")).isEqualTo("lidl dienstl");
        assertThat(Payees.key("STARBUCKS ****4411 04/03/2025")).isEqualTo("starbucks");
        assertThat(Payees.key("ALDI SÜD TXN-8K2JQ")).isEqualTo("aldi sud");
    }

    @Test
    void aProcessorAloneIsThePayee() {
        assertThat(Payees.key("PayPal")).isEqualTo("paypal");
        assertThat(Payees.key("4029357733 12.03.")).isEmpty();
    }

    @Test
    void theSamePayeeSpelledSlightlyDifferentlyIsAlike() {
        assertThat(Payees.likeness(Payees.words("Starbucks Cofee Berlin"), Payees.words("STARBUCKS COFFEE"))).isGreaterThanOrEqualTo(Suggester.SAME_PAYEE);
        assertThat(Payees.likeness(Payees.words("Fitnes First"), Payees.words("Fitness First Germany"))).isGreaterThanOrEqualTo(Suggester.SAME_PAYEE);
        assertThat(Payees.likeness(Payees.words("Amazon.de Mktpl"), Payees.words("AMAZON MKTPLACE"))).isEqualTo(1.0);
        assertThat(Payees.likeness(Payees.words("REWE Markt"), Payees.words("EDEKA Markt"))).isZero();
        assertThat(Payees.similar("vodafone", "vodafnoe")).isTrue();
        assertThat(Payees.similar("shell", "shall")).isTrue();
        assertThat(Payees.similar("aral", "aldi")).isFalse();
    }

    @Test
    void showsThePayeeAsAPersonReadsIt() {
        assertThat(Payees.display(List.of("spotify"))).isEqualTo("Spotify");
        assertThat(Payees.display(Payees.words("REWE SAGT DANKE 4711"))).isEqualTo("Rewe");
    }
}
