package app.outlay.ui.reports;

import app.outlay.ui.common.PngWriter;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/** Pictures of charts for "Save as PNG…": taken on the FX thread, encoded anywhere. */
public final class ChartImages {

    /** Twice the screen size, so a saved chart stays sharp in a document or on a high-density screen. */
    static final double SCALE = 2;

    /** The pixels of a snapshot; plain data, so encoding and writing can happen off the FX thread. */
    public record Capture(int width, int height, int[] argb) {

        public byte[] png() {
            return PngWriter.encode(width, height, argb);
        }
    }

    private ChartImages() {
    }

    /** Photographs {@code node} on a white background. Call on the FX thread. */
    public static Capture capture(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = node.snapshot(parameters, null);
        return new Capture((int) image.getWidth(), (int) image.getHeight(), PngWriter.pixels(image));
    }
}
