package app.outlay.ui.receipts;

import app.outlay.service.attachment.AttachmentRow;
import app.outlay.ui.common.FolderOpener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The dialog's receipts: a tile per file (a thumbnail for JPEG and PNG, else the file's type) with Open, Save as
 * and Remove, an Attach button, and files or images dropped or pasted anywhere on the dialog. Bound to an
 * {@link AttachmentsModel}; the system's viewer is started off the FX thread.
 */
public final class AttachmentsPane extends VBox {

    private static final double THUMBNAIL = 120;

    private final AttachmentsModel model;
    private final ResourceBundle resources;
    private final FlowPane tiles = new FlowPane(10, 10);
    private final Button attach = new Button();

    public AttachmentsPane(AttachmentsModel model, ResourceBundle resources) {
        this.model = model;
        this.resources = resources;
        getStyleClass().add("attachments-pane");
        setSpacing(6);
        attach.setId("attachButton");
        attach.setText(resources.getString("receipts.attach"));
        attach.setOnAction(event -> choose());
        Label hint = new Label(resources.getString("receipts.hint"));
        hint.getStyleClass().add("field-hint");
        Label message = new Label();
        message.setId("receiptsMessage");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(10, attach, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(tiles, bar, message);
        model.rows().addListener((ListChangeListener<AttachmentRow>) change -> rebuild());
        rebuild();
    }

    /** Files dropped onto {@code target} (the whole dialog) are attached. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() || event.getDragboard().hasImage()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean taken = take(event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : null,
                    event.getDragboard().hasImage() ? event.getDragboard().getImage() : null);
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    /** Attaches what the clipboard holds (files, or an image such as a screenshot); false when it holds neither. */
    public boolean paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return take(clipboard.hasFiles() ? clipboard.getFiles() : null,
                clipboard.hasImage() ? clipboard.getImage() : clipboard.hasContent(DataFormat.IMAGE) ? (Image) clipboard.getContent(DataFormat.IMAGE) : null);
    }

    private boolean take(List<File> files, Image image) {
        if (files != null && !files.isEmpty()) {
            model.attachFiles(files.stream().map(File::toPath).toList());
            return true;
        }
        if (image != null) {
            byte[] png = app.outlay.ui.common.PngWriter.encode((int) image.getWidth(), (int) image.getHeight(),
                    app.outlay.ui.common.PngWriter.pixels(image));
            model.attachBytes("pasted-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".png", png);
            return true;
        }
        return false;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("receipts.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(resources.getString("receipts.filter.receipts"), "*.jpg", "*.jpeg", "*.png", "*.pdf", "*.heic", "*.JPG", "*.JPEG", "*.PNG", "*.PDF", "*.HEIC"),
                new FileChooser.ExtensionFilter(resources.getString("receipts.filter.all"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null) {
            model.attachFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private void rebuild() {
        tiles.getChildren().setAll(model.rows().stream().map(this::tile).toList());
        // The receipts arrive after the dialog was sized: it grows to show them (and its buttons) whole.
        javafx.application.Platform.runLater(() -> {
            if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage && stage.isShowing()) {
                stage.sizeToScene();
            }
        });
    }

    private Node tile(AttachmentRow row) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add("receipt-thumbnail");
        picture.setPrefSize(THUMBNAIL, THUMBNAIL);
        picture.setMinSize(THUMBNAIL, THUMBNAIL);
        picture.setMaxSize(THUMBNAIL, THUMBNAIL);
        Label type = new Label(typeLabel(row));
        type.getStyleClass().add("receipt-type");
        picture.getChildren().add(type);
        model.thumbnail(row, bytes -> {
            Image image = new Image(new ByteArrayInputStream(bytes), THUMBNAIL, THUMBNAIL, true, true);
            if (!image.isError()) {
                picture.getChildren().setAll(new ImageView(image));
            }
        });
        Label name = new Label(row.name());
        name.setMaxWidth(THUMBNAIL + 40);
        name.setTooltip(new Tooltip(row.name()));
        Button open = small("receipts.open", () -> model.open(row, FolderOpener::open));
        Button save = small("receipts.saveAs", () -> saveAs(row));
        Button remove = small("receipts.remove", () -> model.remove(row));
        open.setAccessibleText(MessageFormat.format(resources.getString("receipts.open.named"), row.name()));
        remove.setAccessibleText(MessageFormat.format(resources.getString("receipts.remove.named"), row.name()));
        picture.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                model.open(row, FolderOpener::open);
            }
        });
        VBox tile = new VBox(4, picture, name, new HBox(4, open, save, remove));
        tile.getStyleClass().add("receipt-tile");
        return tile;
    }

    private void saveAs(AttachmentRow row) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("receipts.saveAs"));
        chooser.setInitialFileName(row.name());
        File target = chooser.showSaveDialog(window());
        if (target != null) {
            model.saveAs(row, target.toPath());
        }
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(resources.getString(key));
        button.getStyleClass().add("small");
        button.setOnAction(event -> action.run());
        return button;
    }

    private String typeLabel(AttachmentRow row) {
        int slash = row.mediaType().indexOf('/');
        String subtype = slash < 0 ? row.mediaType() : row.mediaType().substring(slash + 1);
        return subtype.equals("octet-stream") ? resources.getString("receipts.type.file") : subtype.toUpperCase(java.util.Locale.ROOT);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
