package app.outlay.ui.receipts;

import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ResourceBundle;

/**
 * Tags typed with completion and shown as chips: Enter, ',' or ';' adds what is typed, Backspace in the empty field
 * takes the last chip away, the × on a chip removes it. Bound to a {@link TagsFieldModel}.
 */
public final class TagsField extends VBox {

    private final TagsFieldModel model;
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextField input = new TextField();
    private final Label error = new Label();
    private final ContextMenu completion = new ContextMenu();

    public TagsField(TagsFieldModel model, ResourceBundle resources) {
        this.model = model;
        getStyleClass().add("tags-field");
        setSpacing(4);
        input.setId("tagsInput");
        input.setPromptText(resources.getString("tags.prompt"));
        input.setPrefColumnCount(12);
        input.textProperty().bindBidirectional(model.typedProperty());
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        chips.getStyleClass().add("tag-chips");
        getChildren().addAll(chips, error);
        model.tags().addListener((javafx.collections.ListChangeListener<String>) change -> rebuild(resources));
        rebuild(resources);
        input.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !input.getText().isBlank()) {
                model.commit();
                completion.hide();
                event.consume();
            } else if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) && completion.isShowing()) {
                model.moveHighlight(event.getCode() == KeyCode.DOWN ? 1 : -1);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && completion.isShowing()) {
                completion.hide(); // the first Escape closes the suggestions, not the dialog
                event.consume();
            } else if (event.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !model.tags().isEmpty()) {
                model.remove(model.tags().get(model.tags().size() - 1));
                event.consume();
            }
        });
        input.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (event.getCharacter().equals(",") || event.getCharacter().equals(";")) {
                model.commitTyped();
                event.consume();
            }
        });
        input.textProperty().addListener((obs, old, now) -> suggest());
        model.highlightedProperty().addListener((obs, old, now) -> showHighlight());
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commitTyped();
                completion.hide();
            }
        });
    }

    public TextField input() {
        return input;
    }

    private void rebuild(ResourceBundle resources) {
        chips.getChildren().clear();
        for (String tag : model.tags()) {
            chips.getChildren().add(chip(tag, resources));
        }
        chips.getChildren().add(input);
    }

    private HBox chip(String tag, ResourceBundle resources) {
        Label name = new Label(tag);
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("tag-chip-remove");
        remove.setFocusTraversable(false);
        remove.setAccessibleText(java.text.MessageFormat.format(resources.getString("tags.remove"), tag));
        remove.setOnAction(event -> model.remove(tag));
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("tag-chip");
        return chip;
    }

    private void suggest() {
        var suggestions = model.suggestions();
        if (suggestions.isEmpty() || !input.isFocused()) {
            completion.hide();
            return;
        }
        completion.getItems().setAll(suggestions.stream().map(tag -> {
            CustomMenuItem item = new CustomMenuItem(new Label(tag), true);
            item.setOnAction(event -> {
                model.add(tag);
                model.typedProperty().set("");
            });
            return item;
        }).toList());
        if (!completion.isShowing() && input.getScene() != null && input.getScene().getWindow() != null) {
            completion.show(input, Side.BOTTOM, 0, 0);
        }
        showHighlight();
    }

    /** Marks the suggestion the arrow keys point at; the menu's own focus never leaves the text field. */
    private void showHighlight() {
        var items = completion.getItems();
        for (int i = 0; i < items.size(); i++) {
            var label = ((CustomMenuItem) items.get(i)).getContent();
            label.getStyleClass().remove("completion-highlighted");
            if (i == model.highlightedProperty().get()) {
                label.getStyleClass().add("completion-highlighted");
            }
        }
    }
}
