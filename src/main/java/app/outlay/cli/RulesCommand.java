package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Category;
import app.outlay.domain.TagNames;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.rules.RuleFiles;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.rules.RuleChange;
import app.outlay.service.rules.RulePreview;
import app.outlay.service.rules.RuleService;
import app.outlay.text.UserText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code outlay rules list|add|apply|import|export}: the ledger's rules that fill in expenses. */
@Command(name = "rules", description = "The rules that fill in expenses: list, add, apply to existing expenses, import, export.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Add.class, RulesCommand.Apply.class, RulesCommand.Import.class,
                RulesCommand.Export.class})
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: list, add, apply, import or export");
    }

    /** One rule on one line: "3  on   contains 'rewe', 1.00–99.99 → Groceries, description 'Rewe', note 'weekly'". */
    static String line(Rule rule) {
        List<String> when = new ArrayList<>();
        if (rule.matchType() != null) {
            when.add(rule.matchType().word() + " '" + rule.matchText() + "'");
        }
        if (rule.amountMin() != null && Objects.equals(rule.amountMin(), rule.amountMax())) {
            when.add("amount " + rule.amountMin().toPlainString());
        } else if (rule.amountMin() != null || rule.amountMax() != null) {
            when.add("amount " + (rule.amountMin() == null ? "" : rule.amountMin().toPlainString()) + ".."
                    + (rule.amountMax() == null ? "" : rule.amountMax().toPlainString()));
        }
        if (rule.kind() != null) {
            when.add(rule.kind().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> then = new ArrayList<>();
        if (rule.categoryId() != null) {
            then.add("category '" + rule.categoryName() + "'");
        }
        if (rule.description() != null) {
            then.add("description '" + rule.description() + "'");
        }
        if (rule.note() != null) {
            then.add("note '" + rule.note() + "'");
        }
        if (!rule.tags().isEmpty()) {
            then.add("tags '" + TagNames.join(rule.tags()) + "'");
        }
        return String.format("%3d  %-3s  %s%s -> %s", rule.position(), rule.enabled() ? "on" : "off",
                rule.name() == null ? "" : rule.name() + ": ", String.join(", ", when), String.join(", ", then));
    }

    /** A category's id by its name (case ignored), or null. */
    static Function<String, Long> categories(DatabaseHolder holder) {
        Map<String, Long> ids = new CategoryService(holder).list().stream()
                .collect(Collectors.toMap(c -> Category.keyOf(c.name()), CategoryRow::id, (a, b) -> a));
        return name -> ids.get(Category.keyOf(name));
    }

    @Command(name = "list", description = "Every rule in order: position, on or off, conditions and what it does.")
    static final class ListRules implements Runnable {
        private final CliEnvironment env;

        ListRules(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                List<Rule> rules = new RuleService(new DatabaseHolder(database)).list();
                if (rules.isEmpty()) {
                    env.out().println("No rules yet. Add one with: outlay rules add --contains TEXT --category NAME");
                }
                rules.forEach(rule -> env.out().println(line(rule)));
            }
        }
    }

    @Command(name = "add", description = "Add a rule at the end of the list (the first rule that matches an expense wins).")
    static final class Add implements Runnable {
        private final CliEnvironment env;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        static final class Text {
            @Option(names = "--contains", paramLabel = "TEXT", description = "The description contains TEXT (case ignored).")
            String contains;
            @Option(names = "--starts-with", paramLabel = "TEXT", description = "The description starts with TEXT.")
            String startsWith;
            @Option(names = "--equals", paramLabel = "TEXT", description = "The description is TEXT.")
            String equalsText;
            @Option(names = "--regex", paramLabel = "PATTERN", description = "The description matches a Java regular expression (case ignored).")
            String regex;
        }

        @CommandLine.ArgGroup(exclusive = true)
        Text text;

        @Option(names = "--name", paramLabel = "NAME", description = "What to call the rule.")
        String name;
        @Option(names = "--amount", paramLabel = "A", description = "The amount is exactly A.")
        BigDecimal amount;
        @Option(names = "--min", paramLabel = "A", description = "The amount is at least A.")
        BigDecimal min;
        @Option(names = "--max", paramLabel = "A", description = "The amount is at most A.")
        BigDecimal max;
        @Option(names = "--kind", paramLabel = "KIND", description = "Only entries of this kind: expense, refund or income.")
        String kind;
        @Option(names = "--category", paramLabel = "C", description = "Set this category (its name).")
        String category;
        @Option(names = "--set-description", paramLabel = "TEXT", description = "Write TEXT as the description.")
        String description;
        @Option(names = "--note", paramLabel = "TEXT", description = "Add TEXT to the notes.")
        String note;
        @Option(names = "--tag", paramLabel = "TAG", description = "Add this tag to the expense (repeat for several; "
                + "tags it has are kept).")
        List<String> tags = new ArrayList<>();
        @Option(names = "--disabled", description = "Save the rule switched off.")
        boolean disabled;

        Add(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            if (amount != null && (min != null || max != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--amount cannot be combined with --min or --max");
            }
            MatchType type = text == null ? null : text.contains != null ? MatchType.CONTAINS : text.startsWith != null
                    ? MatchType.STARTS_WITH : text.equalsText != null ? MatchType.EQUALS : MatchType.REGEX;
            String matchText = text == null ? null : java.util.stream.Stream.of(text.contains, text.startsWith, text.equalsText, text.regex)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                DatabaseHolder holder = new DatabaseHolder(database);
                Long categoryId = null;
                if (category != null) {
                    categoryId = categories(holder).apply(category);
                    if (categoryId == null) {
                        throw new CommandFailure("--category: there is no category named '" + category + "'", null);
                    }
                }
                Rule draft = Rule.draft(name, type, matchText, amount != null ? amount : min, amount != null ? amount : max,
                        kind, categoryId, description, note, tags);
                Rule saved = new RuleService(holder).add(disabled ? draft.withEnabled(false) : draft);
                env.out().println("Added rule " + line(saved).strip());
            }
        }
    }

    @Command(name = "apply", description = "Apply the rules to existing expenses: prints every change, then saves them "
            + "as one step that Undo in the window reverses.")
    static final class Apply implements Runnable {
        private final CliEnvironment env;

        @Option(names = "--dry-run", description = "Print what would change; change nothing.")
        boolean dryRun;
        @Option(names = "--from", paramLabel = "D", description = "Only expenses from this day, e.g. 2026-01-01.")
        LocalDate from;
        @Option(names = "--to", paramLabel = "D", description = "Only expenses up to this day.")
        LocalDate to;
        @Option(names = "--category", paramLabel = "C", description = "Only expenses in this category (its name).")
        String category;
        @Option(names = "--search", paramLabel = "TEXT", description = "Only expenses whose description or notes contain TEXT.")
        String search;

        Apply(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                DatabaseHolder holder = new DatabaseHolder(database);
                Long categoryId = null;
                if (category != null) {
                    categoryId = categories(holder).apply(category);
                    if (categoryId == null) {
                        throw new CommandFailure("--category: there is no category named '" + category + "'", null);
                    }
                }
                RulePreview preview = new RuleApplyService(holder).preview(new ExpenseFilter(search, from, to, categoryId),
                        new RuleService(holder).list());
                PrintWriter out = env.out();
                preview.changes().forEach(change -> out.println(describe(change)));
                preview.stopped().forEach(rule -> env.err().println("outlay: " + UserText.of("problem.rules.runaway", rule).english()));
                int count = preview.changes().size();
                String expenses = count == 1 ? "1 expense" : count + " expenses";
                if (dryRun) {
                    out.println("dry run, nothing written: would change " + expenses + " of " + preview.examined());
                } else {
                    new RuleApplyService(holder).apply(preview.changes());
                    out.println("changed " + expenses + " of " + preview.examined() + " (one undo step)");
                }
            }
        }

        private static String describe(RuleChange change) {
            List<String> what = new ArrayList<>();
            if (change.changesDescription()) {
                what.add("description '" + change.oldDescription() + "' -> '" + change.newDescription() + "'");
            }
            if (change.changesCategory()) {
                what.add("category " + (change.oldCategory() == null ? "(none)" : "'" + change.oldCategory() + "'") + " -> "
                        + (change.newCategory() == null ? "(none)" : "'" + change.newCategory() + "'"));
            }
            if (change.changesNotes()) {
                what.add("notes + '" + change.newNotes().substring(change.oldNotes() == null ? 0 : change.oldNotes().length()).strip() + "'");
            }
            if (change.changesTags()) {
                what.add("tags + '" + TagNames.join(change.addedTags()) + "'");
            }
            return change.date() + " " + change.amount().toPlainString() + " '" + change.oldDescription() + "': "
                    + String.join(", ", what) + " (rule " + change.rule() + ")";
        }
    }

    @Command(name = "import", description = "Add the rules of a CSV or JSON file (as 'rules export' writes it) after the "
            + "ledger's own: all of them, or none when one cannot be read.")
    static final class Import implements Runnable {
        private final CliEnvironment env;

        @Parameters(index = "0", paramLabel = "FILE", description = "A .csv or .json rules file.")
        Path file;

        Import(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new CommandFailure(file + ": no such file", null);
            }
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                DatabaseHolder holder = new DatabaseHolder(database);
                List<Rule> rules = RuleFiles.read(file, categories(holder));
                new RuleService(holder).addAll(rules);
                env.out().println("added " + rules.size() + (rules.size() == 1 ? " rule" : " rules"));
            }
        }
    }

    @Command(name = "export", description = "Write every rule to a file: JSON for a .json name, CSV otherwise "
            + "(header " + "name,enabled,match,text,amount_min,amount_max,kind,category,description,note,tags).")
    static final class Export implements Runnable {
        private final CliEnvironment env;

        @Parameters(index = "0", paramLabel = "FILE", description = "The file to write (.csv or .json).")
        Path file;

        Export(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                List<Rule> rules = new RuleService(new DatabaseHolder(database)).list();
                RuleFiles.write(file, rules);
                env.out().println("exported " + rules.size() + (rules.size() == 1 ? " rule" : " rules") + " to " + file);
            } catch (IOException e) {
                throw new CommandFailure(file + ": cannot write: " + e.getMessage(), null);
            }
        }
    }
}
