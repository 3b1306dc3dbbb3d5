package app.outlay.service;

/** An import refused because lines cannot be read; nothing was written. */
public final class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.rejectedCount() + " line" + (report.rejectedCount() == 1 ? "" : "s")
                + " of the file cannot be imported, so nothing was imported"
                + (report.rejected().isEmpty() ? "" : " (first: " + report.rejected().get(0) + ")"));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
