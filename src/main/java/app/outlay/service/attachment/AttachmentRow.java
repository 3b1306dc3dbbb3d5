package app.outlay.service.attachment;

import java.time.Instant;

/** A receipt attached to an expense, without its bytes: name, media type, size and the SHA-256 of its content. */
public record AttachmentRow(long id, long expenseId, String name, String mediaType, long size, String sha256, Instant addedAt) {

    /** An image that JavaFX can draw as a thumbnail (JPEG, PNG, GIF, BMP); other files show an icon. */
    public boolean isDrawableImage() {
        return MediaTypes.DRAWABLE.contains(mediaType);
    }
}
