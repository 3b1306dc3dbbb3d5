package app.outlay.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;

import java.util.List;
import java.util.ResourceBundle;

/**
 * The controls of a {@link PeriodChoice}: a box of periods and, shown only for "custom", two date pickers. The
 * expense list's filter bar and the reports screen both declare the three controls in their FXML and bind them here.
 */
public final class PeriodPicker {

    private PeriodPicker() {
    }

    /** Binds {@code box}, {@code from} and {@code to} to {@code choice}, offering {@code periods} in the box. */
    public static void bind(ComboBox<Period> box, DatePicker from, DatePicker to, PeriodChoice choice, List<Period> periods,
                            ResourceBundle resources) {
        box.getItems().setAll(periods);
        box.setCellFactory(list -> cell(resources));
        box.setButtonCell(cell(resources));
        box.valueProperty().bindBidirectional(choice.periodProperty());
        from.valueProperty().bindBidirectional(choice.customFromProperty());
        to.valueProperty().bindBidirectional(choice.customToProperty());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            StrictDateConverter.install(picker);
            picker.visibleProperty().bind(choice.periodProperty().isEqualTo(Period.CUSTOM));
            picker.managedProperty().bind(picker.visibleProperty());
        }
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
