package app.outlay.service.attachment;

import java.util.Locale;
import java.util.Set;

/**
 * The media type of an attached file, from its first bytes (what it is) and else its name's extension: a receipt
 * photo named "scan" is still a JPEG. Unknown files are stored as they are and opened with the system's viewer.
 */
public final class MediaTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    public static final String HEIC = "image/heic";
    public static final String UNKNOWN = "application/octet-stream";
    /** Types whose content an attached file named for them must have (a receipt named .pdf that is text is refused). */
    public static final Set<String> CHECKED = Set.of(JPEG, PNG, PDF);
    /** What JavaFX's Image reads. */
    static final Set<String> DRAWABLE = Set.of(JPEG, PNG, "image/gif", "image/bmp");

    private MediaTypes() {
    }

    public static String of(String name, byte[] bytes) {
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (starts(bytes, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(bytes, 'B', 'M')) {
            return "image/bmp";
        }
        if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            String brand = new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                return HEIC;
            }
        }
        return byExtension(name);
    }

    /** A file extension (with its dot) that suits the type, for exported files whose name has none. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case JPEG -> ".jpg";
            case PNG -> ".png";
            case PDF -> ".pdf";
            case HEIC -> ".heic";
            case "image/gif" -> ".gif";
            case "image/bmp" -> ".bmp";
            case "image/webp" -> ".webp";
            case "text/plain" -> ".txt";
            default -> "";
        };
    }

    private static String byExtension(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return switch (dot < 0 ? "" : lower.substring(dot + 1)) {
            case "jpg", "jpeg" -> JPEG;
            case "png" -> PNG;
            case "pdf" -> PDF;
            case "heic", "heif" -> HEIC;
            case "webp" -> "image/webp";
            case "txt" -> "text/plain";
            default -> UNKNOWN;
        };
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
