package app.outlay.ui.common;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PNGs written by {@link PngWriter} decode (with ImageIO, test-only) to exactly the pixels written. */
class PngWriterTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // a WritableImage needs the (headless) toolkit
    }

    @Test
    void everyPixelSurvivesTheRoundTripAlphaIncluded() throws IOException {
        int width = 37;
        int height = 23;
        int[] argb = new Random(42).ints(width * height).toArray();
        argb[0] = 0x00000000;   // fully transparent
        argb[1] = 0xffffffff;   // opaque white
        argb[2] = 0x80ff0000;   // half-transparent red

        BufferedImage decoded = decode(PngWriter.encode(width, height, argb));

        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(argb[y * width + x]);
            }
        }
    }

    @Test
    void writesTheImageOfAJavaFxWritableImage() throws IOException {
        WritableImage image = new WritableImage(4, 3);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                image.getPixelWriter().setColor(x, y, Color.WHITE);
            }
        }
        image.getPixelWriter().setColor(0, 0, Color.web("#4e79a7"));
        image.getPixelWriter().setColor(3, 2, Color.web("#e15759", 0.5));

        BufferedImage decoded = decode(PngWriter.encode(4, 3, PngWriter.pixels(image)));

        assertThat(decoded.getRGB(0, 0)).isEqualTo(0xff4e79a7);
        assertThat(decoded.getRGB(1, 1)).isEqualTo(0xffffffff);
        // JavaFX stores images premultiplied, so a half-transparent colour comes back within a step or two.
        int translucent = decoded.getRGB(3, 2);
        assertThat(translucent >>> 24).isBetween(0x7f, 0x80);
        assertThat(translucent >> 16 & 0xff).isCloseTo(0xe1, org.assertj.core.data.Offset.offset(2));
        assertThat(translucent >> 8 & 0xff).isCloseTo(0x57, org.assertj.core.data.Offset.offset(2));
        assertThat(translucent & 0xff).isCloseTo(0x59, org.assertj.core.data.Offset.offset(2));
    }

    @Test
    void aLargeFlatImageCompressesWell() {
        int[] white = new int[1200 * 400];
        java.util.Arrays.fill(white, 0xffffffff);
        assertThat(PngWriter.encode(1200, 400, white).length).isLessThan(10_000);
    }

    @Test
    void refusesAPixelCountThatDoesNotMatchTheSize() {
        assertThatThrownBy(() -> PngWriter.encode(2, 2, new int[3])).isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO could not read the PNG").isNotNull();
        return image;
    }
}
