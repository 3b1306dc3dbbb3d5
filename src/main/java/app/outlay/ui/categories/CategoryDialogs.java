package app.outlay.ui.categories;

import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.ui.common.DialogFocus;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.TypeAhead;
import javafx.scene.control.ButtonBar;
import app.outlay.service.category.CategorySummary;
import app.outlay.ui.common.CategoryCell;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The small questions the categories screen asks: a name, a budget, another category. */
final class CategoryDialogs {

    private final Texts texts;
    private final CategoriesViewModel model;
    private final Supplier<Window> owner;

    CategoryDialogs(Texts texts, CategoriesViewModel model, Supplier<Window> owner) {
        this.texts = texts;
        this.model = model;
        this.owner = owner;
    }

    Optional<String> askName(String title, String question, String current) {
        TextField name = new TextField(current);
        name.setId("categoryNameField");
        Dialog<ButtonType> dialog = dialog(title, question, name);
        Label error = errorLabel();
        ((VBox) dialog.getDialogPane().getContent()).getChildren().add(error);
        var ok = dialog.getDialogPane().lookupButton(okButton(dialog));
        name.textProperty().addListener((obs, old, text) -> error.setText(text.isBlank() ? texts().get("categories.name.required") : ""));
        ok.disableProperty().bind(name.textProperty().isEmpty());
        return dialog.showAndWait().filter(CategoryDialogs::isOk).map(b -> name.getText().strip()).filter(s -> !s.isEmpty());
    }

    /** The new budget as typed, checked (blank: no budget); empty when cancelled. */
    Optional<String> askBudget(CategorySummary category) {
        TextField amount = new TextField(model.budgetForEditing());
        amount.setId("budgetField");
        amount.setPromptText(texts().get("categories.budget.none"));
        Dialog<ButtonType> dialog = dialog(texts().get("categories.budget.title"),
                texts().format("categories.budget.question", category.name()), amount);
        Label error = errorLabel();
        ((VBox) dialog.getDialogPane().getContent()).getChildren().add(error);
        var ok = dialog.getDialogPane().lookupButton(okButton(dialog));
        amount.textProperty().addListener((obs, old, text) -> {
            UserText problem = model.budgetProblem(text);
            error.setText(problem == null ? "" : texts().of(problem));
            ok.setDisable(problem != null);
        });
        return dialog.showAndWait().filter(CategoryDialogs::isOk).map(b -> amount.getText());
    }

    /** One of {@code choices} (the view model offers only those the entries can move into); empty when cancelled. */
    Optional<CategorySummary> chooseOther(List<CategorySummary> choices, String title, String question) {
        ComboBox<CategorySummary> choice = new ComboBox<>();
        choice.setId("otherCategoryBox");
        choice.getItems().setAll(choices);
        choice.setDisable(choices.isEmpty()); // the question says why there is nothing to choose
        choice.setCellFactory(list -> summaryCell());
        choice.setButtonCell(summaryCell());
        TypeAhead.install(choice, CategorySummary::name);
        choice.setMaxWidth(Double.MAX_VALUE);
        Dialog<ButtonType> dialog = dialog(title, question, choice);
        dialog.getDialogPane().lookupButton(okButton(dialog)).disableProperty().bind(choice.valueProperty().isNull());
        return dialog.showAndWait().filter(CategoryDialogs::isOk).map(b -> choice.getValue());
    }

    private Dialog<ButtonType> dialog(String title, String question, javafx.scene.Node field) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label text = new Label(question);
        text.setWrapText(true);
        text.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, text, field));
        dialog.getDialogPane().getButtonTypes().addAll(DialogService.okButton(texts()), DialogService.cancelButton(texts()));
        DialogFocus.startIn(dialog, field);
        return dialog;
    }

    private Texts texts() {
        return texts;
    }

    private static ButtonType okButton(Dialog<ButtonType> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream()
                .filter(CategoryDialogs::isOk).findFirst().orElseThrow();
    }

    private static boolean isOk(ButtonType button) {
        return button.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    private static Label errorLabel() {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        return error;
    }

    private javafx.scene.control.ListCell<CategorySummary> summaryCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CategorySummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : CategoryCell.dot(item.colour(), item.name(), texts().bundle()));
            }
        };
    }
}
