package app.outlay.ui.common;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder (8-bit RGBA, one IDAT chunk), so saving a chart needs neither javafx-swing nor
 * java.desktop's ImageIO, which would pull AWT into the trimmed runtime.
 */
public final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int COLOUR_TYPE_RGBA = 6;
    private static final int FILTER_SUB = 1;

    private PngWriter() {
    }

    /** The pixels of an image as non-premultiplied ARGB, row by row. Call on the FX thread for a snapshot. */
    public static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /** Encodes {@code width × height} ARGB pixels (row by row) as a PNG file's bytes. */
    public static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("Expected " + width + "×" + height + " pixels, got " + argb.length);
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(png);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.writeByte(8);
            ihdr.writeByte(COLOUR_TYPE_RGBA);
            ihdr.writeByte(0); // deflate
            ihdr.writeByte(0); // adaptive filtering, one filter type per row
            ihdr.writeByte(0); // not interlaced
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", compressedRows(width, height, argb));
            chunk(out, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }

    /**
     * Every row as RGBA bytes behind a "Sub" filter byte: each byte minus the same byte of the pixel to its left.
     * Charts are mostly flat colour, which that turns into runs of zeros that deflate well.
     */
    private static byte[] compressedRows(int width, int height, int[] argb) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed, deflater)) {
            byte[] row = new byte[1 + width * 4];
            row[0] = FILTER_SUB;
            for (int y = 0; y < height; y++) {
                int previous = 0;
                for (int x = 0; x < width; x++) {
                    int pixel = argb[y * width + x];
                    int i = 1 + x * 4;
                    row[i] = (byte) ((pixel >>> 16) - (previous >>> 16));
                    row[i + 1] = (byte) ((pixel >>> 8) - (previous >>> 8));
                    row[i + 2] = (byte) (pixel - previous);
                    row[i + 3] = (byte) ((pixel >>> 24) - (previous >>> 24));
                    previous = pixel;
                }
                zlib.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
