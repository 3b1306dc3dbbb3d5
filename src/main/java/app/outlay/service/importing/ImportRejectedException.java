package app.outlay.service.importing;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/** An import refused because lines cannot be read; nothing was written. */
public final class ImportRejectedException extends ExplainedException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.rejected().isEmpty() ? UserText.of("problem.import.rejected", report.rejectedCount())
                : UserText.of("problem.import.rejected.first", report.rejectedCount(), report.rejected().get(0).line(),
                        report.rejected().get(0).why()));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
