package app.outlay.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Pane;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The controls of a {@link PeriodChoice}: a box of periods and, shown only for "custom", two date pickers
 * ({@code #fromPicker} and {@code #toPicker}, or with a prefix: {@code #reportFromPicker}). The pickers are made when
 * "custom" is first chosen: hidden, they were still styled and laid out with the window, about twenty nodes of its
 * first frame that most sessions never show.
 */
public final class PeriodPicker {

    private static final double PICKER_WIDTH = 130;
    private static final double PICKER_AT_LEAST = 115;

    private PeriodPicker() {
    }

    /**
     * Binds {@code box} to {@code choice}, offering {@code periods} in it; {@code customRange} is shown for "custom" and
     * gets the two date pickers then, their ids beginning with {@code idPrefix} ("" or e.g. "report").
     */
    public static void bind(ComboBox<Period> box, Pane customRange, String idPrefix, PeriodChoice choice, List<Period> periods,
                            ResourceBundle resources) {
        box.getItems().setAll(periods);
        box.setCellFactory(list -> cell(resources));
        box.setButtonCell(cell(resources));
        box.valueProperty().bindBidirectional(choice.periodProperty());
        customRange.visibleProperty().bind(choice.periodProperty().isEqualTo(Period.CUSTOM));
        customRange.managedProperty().bind(customRange.visibleProperty());
        if (customRange.isVisible()) {
            addPickers(customRange, idPrefix, choice, resources);
        } else {
            customRange.visibleProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> shown, Boolean was, Boolean now) {
                    if (now) {
                        shown.removeListener(this);
                        addPickers(customRange, idPrefix, choice, resources);
                    }
                }
            });
        }
    }

    private static void addPickers(Pane customRange, String idPrefix, PeriodChoice choice, ResourceBundle resources) {
        customRange.getChildren().setAll(
                picker(id(idPrefix, "fromPicker"), resources.getString("toolbar.from"), choice.customFromProperty()),
                picker(id(idPrefix, "toPicker"), resources.getString("toolbar.to"), choice.customToProperty()));
    }

    private static String id(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static DatePicker picker(String id, String prompt, ObjectProperty<LocalDate> date) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setAccessibleText(prompt);
        picker.setPrefWidth(PICKER_WIDTH);
        picker.setMinWidth(PICKER_AT_LEAST);
        picker.valueProperty().bindBidirectional(date);
        StrictDateConverter.install(picker);
        return picker;
    }

    private static ListCell<Period> cell(ResourceBundle resources) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Period item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : resources.getString(item.messageKey()));
            }
        };
    }
}
