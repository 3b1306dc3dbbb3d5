package app.outlay.ui.reports;

import app.outlay.AppContext;

/** The reports screen (being built). */
public final class ReportsController {

    public ReportsController(AppContext context) {
    }
}
