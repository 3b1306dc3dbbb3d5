package app.outlay.ui.receipts;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

import java.util.List;

/**
 * A row's tags as whole chips, as many as the column has room for, then "+2" for the rest (all of them in the
 * tooltip). Squeezed into an HBox they became unreadable "…" chips in a narrow column.
 */
final class TagChipsRow extends Pane {

    private static final double GAP = 4;

    private final List<Label> chips;
    private final Label more = new Label();

    TagChipsRow(Node leading, List<String> tags) {
        if (leading != null) {
            getChildren().add(leading);
        }
        chips = tags.stream().map(TagChipsRow::chip).toList();
        getChildren().addAll(chips);
        more.getStyleClass().add("tag-more");
        more.setVisible(false);
        getChildren().add(more);
        if (!tags.isEmpty()) {
            Tooltip.install(this, new Tooltip(String.join(", ", tags)));
        }
    }

    private static Label chip(String tag) {
        Label chip = new Label(tag);
        chip.getStyleClass().add("tag-chip");
        chip.setMinWidth(USE_PREF_SIZE);
        return chip;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (Node child : getChildren()) {
            if (child != more) {
                width += child.prefWidth(-1) + GAP;
            }
        }
        return Math.max(0, width - GAP);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getChildren().stream().mapToDouble(child -> child.prefHeight(-1)).max().orElse(0);
    }

    @Override
    protected void layoutChildren() {
        double x = 0;
        for (Node child : getChildren()) {
            if (child != more && !chips.contains(child)) { // the paperclip, always first
                layoutInArea(child, x, 0, child.prefWidth(-1), getHeight(), 0, HPos.LEFT, VPos.CENTER);
                x += child.prefWidth(-1) + GAP;
            }
        }
        double room = getWidth();
        double all = chips.stream().mapToDouble(chip -> chip.prefWidth(-1) + GAP).sum() - GAP;
        int shown = chips.size();
        if (x + all > room) {
            double counterWidth = textWidth("+" + chips.size());
            shown = 0;
            double end = x;
            while (shown < chips.size() && end + chips.get(shown).prefWidth(-1) + GAP + counterWidth <= room) {
                end += chips.get(shown).prefWidth(-1) + GAP;
                shown++;
            }
        }
        for (int i = 0; i < chips.size(); i++) {
            Label chip = chips.get(i);
            chip.setVisible(i < shown);
            if (i < shown) {
                layoutInArea(chip, x, 0, chip.prefWidth(-1), getHeight(), 0, HPos.LEFT, VPos.CENTER);
                x += chip.prefWidth(-1) + GAP;
            }
        }
        if (shown == 0 && !chips.isEmpty()) {
            // Not even the first fits whole: it is shortened ("Confer…") rather than left out.
            Label first = chips.get(0);
            double counter = chips.size() > 1 ? GAP + textWidth("+" + (chips.size() - 1)) : 0;
            double width = Math.max(0, Math.min(first.prefWidth(-1), room - x - counter));
            double height = first.prefHeight(-1);
            first.setVisible(true);
            first.resizeRelocate(x, Math.round((getHeight() - height) / 2), width, height);
            x += width + GAP;
            shown = 1;
        }
        more.setVisible(shown < chips.size());
        if (shown < chips.size()) {
            String counter = "+" + (chips.size() - shown);
            if (!counter.equals(more.getText())) { // set only when it changes: each set asks for another layout pass
                more.setText(counter);
            }
            layoutInArea(more, x, 0, more.prefWidth(-1), getHeight(), 0, HPos.LEFT, VPos.CENTER);
        }
    }

    /** The counter's width with {@code text}, measured without setting it (setting it would ask for a new pass). */
    private double textWidth(String text) {
        Text measure = new Text(text);
        measure.setFont(more.getFont());
        return Math.ceil(measure.getLayoutBounds().getWidth()) + more.snappedLeftInset() + more.snappedRightInset();
    }
}
