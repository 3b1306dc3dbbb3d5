package app.outlay.ui.categories;

import app.outlay.AppContext;

/** The categories screen (being built). */
public final class CategoriesController {

    public CategoriesController(AppContext context) {
    }
}
