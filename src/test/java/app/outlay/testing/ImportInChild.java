package app.outlay.testing;

import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;

import java.nio.file.Path;

/**
 * For the crash test: imports the CSV file args[0] into the database named by the rest — {@code h2 BASE} or
 * {@code postgresql HOST PORT DATABASE USER PASSWORD} — saying when it starts and ends.
 */
public final class ImportInChild {

    private ImportInChild() {
    }

    public static void main(String[] args) {
        DatabaseSettings settings = args[1].equals("h2") ? DatabaseSettings.h2(Path.of(args[2]))
                : DatabaseSettings.postgresql(args[2], Integer.parseInt(args[3]), args[4], args[5], DatabaseSettings.SslMode.DISABLE,
                args.length > 6 ? args[6] : "");
        try (Database database = Database.open(settings)) {
            ImportService imports = new ImportService(new DatabaseHolder(database));
            System.out.println("importing");
            System.out.flush();
            ImportReport report = imports.importFile(ImportRequest.of(Path.of(args[0]), CsvFormat.CANONICAL, ColumnMapping.CANONICAL),
                    rejected -> System.out.println("rejected " + rejected));
            System.out.println("imported " + report.imported() + ", committed " + report.committed());
        }
    }

    /** The arguments that name {@code settings} for {@link #main}. */
    public static String[] arguments(Path file, DatabaseSettings settings) {
        return settings.kind() == DatabaseSettings.Kind.H2
                ? new String[] {file.toString(), "h2", settings.h2Base().toString()}
                : new String[] {file.toString(), "postgresql", settings.host(), Integer.toString(settings.port()), settings.database(),
                settings.user(), settings.password() == null ? "" : settings.password()};
    }
}
