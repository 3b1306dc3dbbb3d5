package app.outlay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A household's bank statements as banks write them, for the accuracy test of rules and learning: a year of
 * history the user categorised (with the odd slip, and one payee whose category changed in the summer), and the
 * next month's statement, uncategorised. Descriptions carry what real ones do: card numbers (whole and masked),
 * dates, times, reference codes, booking words, payment processors, and the same payee spelled slightly differently.
 * Seeded: the same data every run.
 */
final class Household {

    /** One line: the description as the bank writes it, the amount, and the category a careful user gives it. */
    record Line(LocalDate date, String description, BigDecimal amount, String category) {
    }

    /** A payee: its spellings (the first is usual), its category, typical amount and visits per month. */
    private record Payee(String[] spellings, String category, double amount, double perMonth) {
    }

    private static final List<Payee> PAYEES = List.of(
            new Payee(new String[] {"REWE Markt GmbH", "REWE SAGT DANKE", "Rewe Markt", "REWE-Markt GmbH Berlin"}, "Groceries", 45, 6),
            new Payee(new String[] {"EDEKA Center Kaiser", "EDEKA CTR KAISER", "Edeka Kaiser"}, "Groceries", 30, 3),
            new Payee(new String[] {"LIDL DIENSTLEISTUNG GMBH", "Lidl Dienstl.", "LIDL SAGT DANKE"}, "Groceries", 25, 4),
            new Payee(new String[] {"ALDI SUED", "ALDI SÜD", "Aldi Sued Filiale"}, "Groceries", 20, 3),
            new Payee(new String[] {"Biomarkt Denns", "DENNS BIOMARKT", "denn's Biomarkt"}, "Groceries", 35, 1),
            new Payee(new String[] {"PAYPAL *SPOTIFY", "Spotify AB", "PP*SPOTIFY P"}, "Subscriptions", 10.99, 1),
            new Payee(new String[] {"NETFLIX.COM", "Netflix International B.V.", "NETFLIX COM"}, "Subscriptions", 12.99, 1),
            new Payee(new String[] {"Disney Plus", "DISNEYPLUS", "Disney Plus Monthly"}, "Subscriptions", 8.99, 1),
            new Payee(new String[] {"DB Vertrieb GmbH", "DB VERTRIEB GMBH", "DB Vertrieb Fernverkehr"}, "Transport", 39.9, 1.5),
            new Payee(new String[] {"BVG Ticket App", "BVG TICKET", "BVG Abo"}, "Transport", 3.2, 5),
            new Payee(new String[] {"Shell Station", "SHELL DEUTSCHLAND", "Shell Stn"}, "Transport", 60, 1.5),
            new Payee(new String[] {"ARAL Tankstelle", "Aral Station", "ARAL AG"}, "Transport", 55, 1),
            new Payee(new String[] {"UBER *TRIP", "Uber BV", "UBER TRIP HELP.UBER.COM"}, "Transport", 14, 1),
            new Payee(new String[] {"Starbucks Coffee", "STARBUCKS", "Starbucks Cofee Berlin"}, "Eating out", 5.4, 4),
            new Payee(new String[] {"McDonalds Restaurant", "MCDONALDS", "McDonald's"}, "Eating out", 9, 2),
            new Payee(new String[] {"Pizzeria Da Mario", "PIZZERIA DA MARIO", "Pizzeria Da Mario Inh. Rossi"}, "Eating out", 28, 1),
            new Payee(new String[] {"Lieferando.de", "LIEFERANDO", "Lieferando Takeaway.com"}, "Eating out", 24, 2),
            new Payee(new String[] {"IKEA Deutschland", "IKEA BERLIN TEMPELHOF", "Ikea Tempelhof"}, "Household", 80, 0.5),
            new Payee(new String[] {"dm-drogerie markt", "DM DROGERIE MARKT", "dm drogerie"}, "Household", 18, 3),
            new Payee(new String[] {"Rossmann", "ROSSMANN SAGT DANKE", "Dirk Rossmann GmbH"}, "Household", 15, 2),
            new Payee(new String[] {"OBI Baumarkt", "OBI BAU- UND HEIMWERKERMARKT", "Obi Markt"}, "Household", 40, 0.5),
            new Payee(new String[] {"Vattenfall Europe Sales", "VATTENFALL EUROPE", "Vattenfall GmbH"}, "Utilities", 65, 1),
            new Payee(new String[] {"Telekom Deutschland GmbH", "TELEKOM DEUTSCHLAND", "Dt. Telekom"}, "Utilities", 39.95, 1),
            new Payee(new String[] {"Berliner Wasserbetriebe", "BERLINER WASSERBETRIEBE", "Berliner Wasserbetr."}, "Utilities", 30, 1),
            new Payee(new String[] {"Vodafone GmbH", "VODAFONE", "Vodafone Kabel"}, "Utilities", 29.99, 1),
            new Payee(new String[] {"Apotheke am Markt", "APOTHEKE AM MARKT", "Apotheke am Mark"}, "Health", 12, 1.5),
            new Payee(new String[] {"Fitness First", "FITNESS FIRST GERMANY", "Fitnes First"}, "Health", 29.9, 1),
            new Payee(new String[] {"Zalando SE", "ZALANDO", "Zalando Payments"}, "Clothing", 60, 1),
            new Payee(new String[] {"Uniqlo Europe", "UNIQLO BERLIN", "Uniqlo"}, "Clothing", 35, 0.5),
            new Payee(new String[] {"Cinemaxx Berlin", "CINEMAXX", "CineMaxx Entertainment"}, "Entertainment", 22, 1),
            new Payee(new String[] {"Steam Purchase", "STEAMGAMES.COM", "Steam Games"}, "Entertainment", 19.99, 0.5),
            new Payee(new String[] {"Thalia Buchhandlung", "THALIA", "Thalia Bücher"}, "Entertainment", 16, 1));

    /** Filed under Shopping until June, under Household since: the suggestion must follow the new habit. */
    private static final Payee AMAZON = new Payee(new String[] {"AMAZON MKTPLACE", "Amazon Marketplace", "AMZN Mktp DE", "Amazon.de Mktplc"},
            "Household", 30, 3);

    private static final String[] CATEGORIES = {"Groceries", "Subscriptions", "Transport", "Eating out", "Household",
            "Utilities", "Health", "Clothing", "Entertainment", "Shopping"};

    private final Random random = new Random(19);

    static List<String> categories() {
        return List.of(CATEGORIES);
    }

    /** A year of categorised history, January to December 2025; about 3% of lines were filed by mistake. */
    List<Line> history() {
        List<Line> lines = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (Payee payee : PAYEES) {
                addMonth(lines, payee, 2025, month, payee.category(), true);
            }
            addMonth(lines, AMAZON, 2025, month, month <= 6 ? "Shopping" : "Household", true);
        }
        return lines;
    }

    /** January 2026, uncategorised on the statement: the category is what the user would give each line. */
    List<Line> statement() {
        List<Line> lines = new ArrayList<>();
        for (Payee payee : PAYEES) {
            addMonth(lines, payee, 2026, 1, payee.category(), false);
        }
        addMonth(lines, AMAZON, 2026, 1, "Household", false);
        // Payees never seen before: neither a rule nor the history can know them.
        lines.add(new Line(LocalDate.of(2026, 1, 14), "Kartenzahlung Schuhhaus Meier 14.01. 18:22", new BigDecimal("89.00"), "Clothing"));
        lines.add(new Line(LocalDate.of(2026, 1, 21), "SEPA Lastschrift Tierarzt Dr. Wolf REF 99K2L", new BigDecimal("64.50"), "Health"));
        return lines;
    }

    private void addMonth(List<Line> lines, Payee payee, int year, int month, String category, boolean slips) {
        int visits = (int) Math.floor(payee.perMonth()) + (random.nextDouble() < payee.perMonth() % 1 ? 1 : 0);
        for (int i = 0; i < visits; i++) {
            LocalDate date = LocalDate.of(year, month, 1 + random.nextInt(28));
            String filed = slips && random.nextDouble() < 0.03 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : category;
            lines.add(new Line(date, describe(payee, date), amount(payee), filed));
        }
    }

    private BigDecimal amount(Payee payee) {
        double factor = 0.6 + random.nextDouble() * 0.8;
        return BigDecimal.valueOf(payee.amount() * factor).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.50"));
    }

    /** The payee's spelling (usually its usual one) among what banks add around it. */
    private String describe(Payee payee, LocalDate date) {
        String name = random.nextDouble() < 0.6 ? payee.spellings()[0] : payee.spellings()[random.nextInt(payee.spellings().length)];
        String card = String.format("%04d", random.nextInt(10_000));
        String ref = Long.toString(Math.abs(random.nextLong()) % 2_000_000_000L, 36).toUpperCase();
        return switch (random.nextInt(8)) {
            case 0 -> name;
            case 1 -> "Kartenzahlung " + name + " " + date.format(DateTimeFormatter.ofPattern("dd.MM.")) + " "
                    + String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
            case 2 -> "VISA " + name + " 4871 XXXX XXXX " + card;
            case 3 -> "SEPA Lastschrift " + name + " REF " + ref;
            case 4 -> name + " " + (1_000_000_000L + random.nextInt(999_999_999));
            case 5 -> "EC " + name + " " + date + " Folgenr. 0" + random.nextInt(10) + " Verfalld. 2812";
            case 6 -> name + " ****" + card + " " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            default -> name.toUpperCase() + " TXN-" + ref;
        };
    }
}
