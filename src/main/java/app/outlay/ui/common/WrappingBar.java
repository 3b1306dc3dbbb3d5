package app.outlay.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A toolbar of two groups, the actions and the filters: on one row when both fit (the actions then take the room
 * left over, so a search field in them grows), else the filters on a second row. A wide HBox instead pushed the
 * table out of a narrow window: in German the expense toolbar alone asked for 827 of the 610 pixels there were.
 */
public final class WrappingBar extends Pane {

    private double gap = 8;
    private double rowGap = 6;

    /** For FXML: the actions first, then the filters. */
    public WrappingBar() {
    }

    public double getGap() {
        return gap;
    }

    public void setGap(double gap) {
        this.gap = gap;
        requestLayout();
    }

    public double getRowGap() {
        return rowGap;
    }

    public void setRowGap(double rowGap) {
        this.rowGap = rowGap;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.max(first().minWidth(-1), second().minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + first().prefWidth(-1) + gap + second().prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double first = first().prefHeight(-1);
        double second = second().prefHeight(-1);
        double rows = width < 0 || fitsOneRow(width - in.getLeft() - in.getRight()) ? Math.max(first, second) : first + rowGap + second;
        return in.getTop() + in.getBottom() + rows;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double width = getWidth() - in.getLeft() - in.getRight();
        Node actions = first();
        Node filters = second();
        double filtersWidth = Math.min(width, filters.prefWidth(-1));
        if (fitsOneRow(width)) {
            double height = getHeight() - in.getTop() - in.getBottom();
            layoutInArea(actions, x, y, width - gap - filtersWidth, height, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(filters, x + width - filtersWidth, y, filtersWidth, height, 0, HPos.LEFT, VPos.CENTER);
        } else {
            double actionsHeight = actions.prefHeight(-1);
            layoutInArea(actions, x, y, width, actionsHeight, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(filters, x, y + actionsHeight + rowGap, filtersWidth, filters.prefHeight(-1), 0, HPos.LEFT, VPos.CENTER);
        }
    }

    /** Both groups side by side, the actions at least as wide as they like to be. */
    private boolean fitsOneRow(double width) {
        return first().prefWidth(-1) + gap + second().prefWidth(-1) <= width;
    }

    private Node first() {
        return getManagedChildren().get(0);
    }

    private Node second() {
        return getManagedChildren().get(1);
    }
}
